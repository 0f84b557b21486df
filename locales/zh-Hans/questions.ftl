# 需求问卷，机器翻译（从英文翻译）。必须与英文有完全相同的键。
# 大括号里的变量，例如 { $count }，由应用填写：请保持原样。

## Start page and navigation
qn-title = 为评估做准备
qn-intro = 在第一次关于融入服务的会面之前，您可以回答关于您的技能、计划和现在生活的问题。这样，会面时可以从您的回答谈起。
qn-how-long = 大约需要 15 分钟。您可以中途停下，以后再继续。
qn-private = 您的回答保存在这台设备上。不会发送到任何地方。由您决定给谁看。
qn-skip-note = 只回答您想回答的问题。有些问题有“我不知道”、“跳过”或“我不想说”的选项。
qn-start = 开始
qn-continue = 从上次停下的地方继续
qn-start-again = 重新开始
qn-check-link = 检查您的回答
qn-saved-count = { $count ->
   *[other] 您已经回答了 { $count } 个问题。
}
qn-progress = 第 { $part } 部分，共 { $parts } 部分：{ $section }
qn-progress-label = 进度
qn-back = 返回
qn-continue-button = 继续
qn-dont-know = 我不知道
qn-prefer-not = 我不想说
qn-skip = 跳过这个问题
qn-choose-all = 选择所有适用的选项。
qn-month = 月
qn-year = 年
qn-number = 数字
qn-your-answer = 您的回答
qn-selected = 已选择

## Check your answers
qn-check-title = 检查您的回答
qn-check-intro = 看看您的回答。您可以修改任何回答。
qn-change = 修改
qn-answer-now = 回答
qn-not-answered = 未回答
qn-answer-dont-know = 我不知道
qn-answer-prefer-not = 我不想说
qn-answer-skipped = 已跳过
qn-done-title = 接下来会怎样
qn-done-text = 您的回答已保存在这台设备上。会面时请出示。和您见面的人会和您一起决定您需要什么服务。
qn-see-pathway = 查看为您建议的路线

## Deleting
qn-delete = 从这台设备上删除我的数据
qn-delete-confirm-title = 删除您的数据吗？
qn-delete-confirm-text = 这会从这台设备上删除您的回答、您在清单上的勾选和您选择的语言。删除后无法恢复。
qn-delete-yes = 是，删除
qn-delete-cancel = 取消

## Notices about stored answers
qn-notice-discarded = 无法读取您保存的回答，所以已将其删除。请重新回答。
qn-notice-newer = 您保存的回答是用这个应用的较新版本做的。请更新应用，或在最新的浏览器中打开。您保存的回答没有被更改。

## Errors
error-summary = 出现了问题
error-required = 请回答这个问题，或在下面选择另一个选项。
error-unknown-option = 请选择其中一个选项。
error-exclusive = 这个回答不能和其他回答一起选择。
error-not-a-number = 请用阿拉伯数字填写，例如 12。
error-out-of-range = 请写一个从 { $min } 到 { $max } 的数。
error-year-too-early = 请写 { $min } 年或以后的年份。
error-in-future = 日期不能是将来的日期。
error-month = 请选择一个月份。
error-too-long = 最多请写 { $max } 个字符。

## Months
month-1 = 一月
month-2 = 二月
month-3 = 三月
month-4 = 四月
month-5 = 五月
month-6 = 六月
month-7 = 七月
month-8 = 八月
month-9 = 九月
month-10 = 十月
month-11 = 十一月
month-12 = 十二月

## Sections
section-about = 关于您
section-languages = 语言
section-education = 教育
section-work = 工作
section-skills = 技能和长处
section-goals = 您的目标
section-life = 您现在的生活
section-wellbeing = 健康和身心状况
section-wellbeing-intro = 这些问题是可选的。我们问这些问题，是因为健康会影响学习和工作，而且可以得到帮助。您可以跳过，或选择“我不想说”。
section-appointment = 您的会面

## Questions: about you
q-age-group = 您的年龄是多少？
q-residence-basis = 您因为什么获得了在芬兰居住的权利？
q-residence-basis-help = 请看您的居留许可卡或登记证明。如果不确定，请选择“我不知道”。
q-permit-date = 您是什么时候在芬兰获得第一个居留许可或登记的？
q-permit-date-help = 融入服务通常在这个日期之后的头 3 年内提供。
q-municipality-registered = 您在芬兰有居住地市镇吗？
q-municipality-registered-help = 意思是您已登记为居住在芬兰的某个市镇。由 { -dvv } 登记。
q-first-steps-done = 下面这些您已经有了哪些？
q-unaccompanied = 您是在没有父母或监护人陪同的情况下来到芬兰的吗？
q-unaccompanied-help = 监护人是在法律上对您负责的成年人。

## Questions: languages
q-mother-tongue = 您的母语是什么？
q-mother-tongue-other = 写出您母语的名称。
q-other-languages = 您还会说哪些语言？
q-finnish = 您的芬兰语说得怎么样？
q-swedish = 您的瑞典语说得怎么样？
q-english = 您的英语说得怎么样？
q-read-own = 您能用母语阅读吗？
q-write-own = 您能用母语写字吗？
q-latin-alphabet = 您能读这种字母吗：A B C D E？
q-latin-alphabet-help = 芬兰语、瑞典语和英语都用这些字母（拉丁字母）书写。

## Questions: education
q-school-years = 您一共上学或学习了多少年？
q-school-years-help = 把所有年份都算上，从小学到大学。如果不确定，请尽量估计。
q-education-level = 您完成的最高学历是什么？
q-education-field = 您学的是什么？
q-education-country = 您在哪里接受了这种教育？
q-certificates = 您有证书或文凭吗？
q-certificates-help = 例如学校证书、文凭或学位证书，纸质的或文件形式的都可以。
q-unfinished-studies = 您有没有开始了但没能完成的学习？

## Questions: work
q-has-worked = 您以前工作过吗？
q-work-fields = 您在哪些领域工作过？
q-work-other = 写出您工作过的领域或做过的工作。
q-work-years = 您一共工作了多少年？
q-recent-work = 您最后一份工作是什么？
q-recent-work-help = 写一个职位名称，例如“护士”或“公交车司机”。
q-entrepreneur = 您有过自己的企业吗？
q-driving-licence = 您有驾驶执照吗？
q-licence-class = 您的驾驶执照允许您开哪种车？

## Questions: skills
q-phone-skills = 您会用智能手机吗？例如发消息和使用应用。
q-computer-skills = 您会用电脑吗？
q-online-services = 您能自己使用在线服务吗？
q-online-services-help = 例如网上银行、在线预约时间或在线填写表格。
q-strengths = 您擅长什么？

## Questions: goals
q-goals = 在接下来的几年里，您想在芬兰做什么？
q-main-goal = 下面这些中，哪一个现在对您最重要？

## Questions: life now
q-jobseeker = 您在{ -tyollisyyspalvelut }登记为求职者了吗？
q-jobseeker-help = 您可以通过{ -tyomarkkinatori(case: "with-finnish") }或在{ -tyollisyyspalvelut }登记。
q-social-assistance = 您在领取生活补助吗？
q-social-assistance-help = 生活补助是在您的收入不够时用于基本需要的钱。{ -kela } 支付基本生活补助。如果您领取的时间较长或定期领取，通常由您的市镇负责您的融入服务。
q-has-children = 您有和您住在一起的孩子吗？
q-children-ages = 您的孩子多大？
q-home-care-allowance = 您从 { -kela } 领取儿童家庭看护补贴吗？
q-home-care-allowance-help = 这是您在家照顾 3 岁以下孩子时，从 { -kela } 领取的钱。
q-housing = 您现在住在哪里？
q-urgent = 您有什么事情急需帮助吗？

## Questions: wellbeing
q-health-affects = 您的健康或其他情况让您学习或工作有困难吗？
q-talk-to-someone = 您想和别人谈谈您的健康或身心状况吗？

## Questions: appointment
q-appointment-language = 您希望用哪种语言进行会面？
q-interpreter = 会面时您需要翻译吗？
q-interpreter-language = 翻译应该说哪种语言？
q-contact-way = 您希望办事处怎样联系您？
q-contact-way-help = 不要在这里写您的联系方式。您在办事处提供。

## Options
opt-yesno-yes = 是
opt-yesno-no = 否
opt-firststeps-identity-code = 芬兰个人身份号码
opt-firststeps-kela-card = { -kela } 卡
opt-firststeps-tax-card = 税卡
opt-firststeps-bank-account = 银行账户
opt-firststeps-none = 这些都还没有
opt-age-under-18 = 18 岁以下
opt-age-18-29 = 18 到 29 岁
opt-age-30-44 = 30 到 44 岁
opt-age-45-64 = 45 到 64 岁
opt-age-65-plus = 65 岁或以上
opt-residence-protection = 国际保护（庇护、难民身份）
opt-residence-family = 家庭关系
opt-residence-work = 工作
opt-residence-study = 学习
opt-residence-eu = 欧盟或北欧国家公民，已登记
opt-residence-temporary-protection = 临时保护
opt-residence-other = 其他原因
opt-residence-protection-family = 获得国际保护的人的家庭成员
opt-residence-trafficking = 人口贩卖的受害者（有人强迫您工作或做其他事情）
opt-socialassist-lasting = 是，时间较长或定期领取
opt-socialassist-short-term = 是，一次或短时间
opt-socialassist-no = 否
opt-socialassist-yes = 是（没有说多长时间）
opt-language-arabic = 阿拉伯语
opt-language-dari = 达里语
opt-language-farsi = 波斯语（法尔西语）
opt-language-kurdish = 库尔德语
opt-language-pashto = 普什图语
opt-language-somali = 索马里语
opt-language-tigrinya = 提格利尼亚语
opt-language-amharic = 阿姆哈拉语
opt-language-swahili = 斯瓦希里语
opt-language-russian = 俄语
opt-language-ukrainian = 乌克兰语
opt-language-estonian = 爱沙尼亚语
opt-language-albanian = 阿尔巴尼亚语
opt-language-turkish = 土耳其语
opt-language-vietnamese = 越南语
opt-language-thai = 泰语
opt-language-chinese = 中文
opt-language-english = 英语
opt-language-french = 法语
opt-language-spanish = 西班牙语
opt-language-other = 其他语言
opt-level-none = 我还不会说
opt-level-words = 我会一些词和短语
opt-level-everyday = 我能应付日常情况，例如购物
opt-level-work = 我能处理工作中的大多数情况
opt-howwell-well = 能，很好
opt-howwell-a-little = 一点点
opt-howwell-no = 不能
opt-edu-none = 我没有上过学
opt-edu-primary = 小学
opt-edu-lower-secondary = 初中（到大约 15 岁）
opt-edu-upper-secondary = 高中
opt-edu-vocational = 职业学校（学习一门职业技能）
opt-edu-bachelor = 大学或学院，第一级学位（学士）
opt-edu-master = 大学，更高一级的学位（硕士）
opt-edu-doctorate = 博士学位
opt-field-office = 办公室工作和行政
opt-field-sales = 销售和商店
opt-field-cleaning = 清洁
opt-field-construction = 建筑和施工
opt-field-manufacturing = 工厂和生产工作
opt-field-transport = 运输和驾驶
opt-field-restaurant = 餐厅、咖啡馆和厨房
opt-field-health = 医疗卫生
opt-field-social-care = 社会护理和老年护理
opt-field-childcare = 儿童看护
opt-field-teaching = 教学和教育
opt-field-ict = 计算机和信息技术
opt-field-engineering = 工程和技术
opt-field-agriculture = 农业、园艺和林业
opt-field-beauty = 美发和美容
opt-field-security = 安保和警卫
opt-field-repair = 维修和保养
opt-field-arts = 艺术、媒体和文化
opt-field-science = 科学和研究
opt-field-law = 法律、经济和商业
opt-field-other = 其他领域
opt-country-finland = 在芬兰
opt-country-eu = 在其他欧盟或北欧国家
opt-country-other = 在其他国家
opt-certificates-yes = 有，全部都有
opt-certificates-some = 有一部分
opt-certificates-no = 没有
opt-years-under-1 = 不到 1 年
opt-years-1-2 = 1 到 2 年
opt-years-3-5 = 3 到 5 年
opt-years-6-10 = 6 到 10 年
opt-years-over-10 = 10 年以上
opt-licence-b = 小汽车
opt-licence-c = 卡车
opt-licence-d = 公交车
opt-licence-a = 摩托车
opt-licence-other = 其他车辆
opt-strength-teamwork = 和别人一起工作
opt-strength-customer-service = 为顾客服务
opt-strength-caring = 照顾别人
opt-strength-handcrafts = 动手做事
opt-strength-technical = 机器和技术
opt-strength-cooking = 做饭
opt-strength-organising = 计划和组织
opt-strength-teaching = 教学和解释
opt-strength-languages = 学习语言
opt-strength-art = 艺术、音乐或设计
opt-strength-sports = 运动
opt-goal-work-soon = 尽快找到工作
opt-goal-vocational = 学习一门职业技能（职业培训）
opt-goal-university = 上大学
opt-goal-business = 自己创业
opt-goal-language-first = 先学语言
opt-goal-family = 目前照顾家庭
opt-goal-not-sure = 我还不确定
opt-childage-under-3 = 3 岁以下
opt-childage-3-6 = 3 到 6 岁
opt-childage-7-15 = 7 到 15 岁
opt-childage-16-17 = 16 到 17 岁
opt-housing-own-rental = 在我自己租的或自己拥有的住房里
opt-housing-temporary = 在临时住处，例如在朋友家或接待中心
opt-housing-none = 我没有住的地方
opt-urgent-money = 买食物或付账单的钱
opt-urgent-housing = 住的地方
opt-urgent-health = 健康
opt-urgent-safety = 安全：我或我的家人不安全
opt-urgent-family-reunification = 把我的家人接到芬兰
opt-urgent-legal-advice = 法律建议
opt-urgent-none = 没有，没有紧急的事情
opt-affects-no = 没有
opt-affects-a-little = 有一点
opt-affects-a-lot = 有很大困难
opt-apptlang-finnish = 芬兰语
opt-apptlang-swedish = 瑞典语
opt-apptlang-english = 英语
opt-apptlang-own = 用我自己的语言，通过翻译
opt-contact-phone = 打电话
opt-contact-text-message = 短信
opt-contact-email = 电子邮件
opt-contact-letter = 信件
opt-contact-in-person = 我会去办事处
