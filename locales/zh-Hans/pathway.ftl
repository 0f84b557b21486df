# 建议路线、打印和工作人员视图，机器翻译（从英文翻译）。必须与英文有完全相同的键。
# 大括号里的变量，例如 { $date }，由应用填写：请保持原样。

## Pathway page
pw-title = 为您建议的路线
pw-intro = 这些步骤是根据您的回答建议的。先列出现在要做的事，然后是以后要做的事。
pw-disclaimer = 这是您自己准备的建议，不是决定。政府部门会在评估中和您一起决定您的服务。
pw-no-answers = 您还没有回答问题。请先回答，就会得到为您制定的路线。
pw-start-questions = 回答问题
pw-because = 因为您回答了：
pw-for-everyone = 建议所有搬到芬兰长住的人做。
pw-where = 去哪里：
pw-source = 官方来源：
# 来源后面：最后检查的日期。{ $date } 是格式化的日期。
source-checked = 检查日期：{ $date }
pw-check-answers = 检查或修改您的回答
timing-now = 现在就做
timing-soon = 在接下来的几个月
timing-later = 以后

## Taking it with you
pw-take-heading = 带上这些
pw-take-intro = 会面时出示您的回答和这条路线。请选择一种方式。
pw-print = 打印
pw-save = 保存为文件
pw-share = 分享
pw-show-qr = 显示二维码
pw-hide-qr = 隐藏二维码
pw-qr-help = 工作人员可以扫描这个二维码，用芬兰语或瑞典语查看您的回答。您也可以用自己的手机扫描，保存一份副本。您的回答就在二维码里：不会发送到任何地方。
pw-qr-label = 含有您的回答的二维码
pw-saved = 文件已保存。请在您的下载内容中查找。
pw-share-failed = 在这台设备上无法分享。您可以改为保存文件。

## Print
print-title = 回答和建议路线
print-caseworker-language = 第二种语言，供工作人员使用：
print-self-reported = 由本人在评估前自己填写。路线是建议，不是决定。
print-prepared = 准备日期：{ $date }
print-answers = 回答
print-pathway = 建议路线
print-button = 打印这个页面
print-back = 返回您的路线

## Caseworker view
hv-title = 用于评估的回答
hv-self-reported = 本人在评估之前独自回答了这些问题。这些回答是本人自己填写的。路线是应用根据回答提出的建议，不是决定。
hv-prepared = 准备日期：{ $date }。本人的语言：{ $language }。
hv-municipality = 市镇：{ $name }
hv-language = 显示语言：
hv-show-person = 同时显示本人的语言
hv-hide-person = 隐藏本人的语言
hv-print = 打印
hv-nothing-stored = 这个页面的任何内容都不会保存在这台设备上。
hv-dropped = 有些回答无法读取。它们可能是用另一个版本的应用做的。
hv-load-title = 打开保存的回答
hv-load-intro = 选择一个从这个应用保存的文件。文件名以 .json 结尾。
hv-load-label = 含有回答的文件
hv-error-title = 无法打开这些回答
hv-try-file = 改为打开保存的文件

## Errors in links and files
handover-error-empty = 链接或文件是空的。
handover-error-too-large = 文件太大，不可能是回答文件。请检查您是否选对了文件。
handover-error-malformed = 链接或文件已损坏。请让本人再次出示二维码，或保存一个新文件。
handover-error-newer = 这些回答是用较新版本的应用做的。请更新应用（重新加载页面）后再试。
handover-error-checksum = 链接或文件已被更改或损坏，所以不能信任。请要一个新的。
handover-error-truncated = 链接或文件缺少一部分。请要一个新的。
handover-error-not-json = 这不是从这个应用保存的文件。
handover-error-not-handover = 这个文件不包含这个应用的回答。

## Steps: urgent
step-urgent-safety-title = 如果您有危险，请拨打 112
step-urgent-safety-text = 如果您或您的家人现在有危险，请拨打 112。您也可以向警察、庇护所或求助热线求助。这是免费的。
step-urgent-housing-title = 今天就寻求住房帮助
step-urgent-housing-text = 今天就联系您所在{ -hyvinvointialue }的社会服务，告诉他们您没有安全的住处。也请告诉您的市镇。
step-urgent-money-title = 寻求经济帮助
step-urgent-money-text = 如果您没有钱买食物或付账单，请向 { -kela } 申请基本生活补助。紧急情况下，社会服务可以帮助您。
step-urgent-health-title = 获得医疗服务
step-urgent-health-text = 联系您的健康站。如果情况紧急，请拨打{ -paivystysapu } 116 117。它在大多数地区都能用：请在 116117.fi 上查看。紧急情况下，请拨打 112。
step-urgent-family-title = 询问接家人来芬兰的事
step-urgent-family-text = 家庭团聚有自己的规定和时间限制。请在 migri.fi 上查看，并尽快寻求建议。
step-urgent-legal-title = 寻求法律建议
step-urgent-legal-text = 问指导咨询服务在哪里可以得到法律建议。有些建议是免费的。

## Steps: first steps
step-register-dvv-title = 在 { -dvv } 登记您的地址
step-register-dvv-text = 请在 { -dvv } 登记，这样您就会有居住地市镇。很多服务都需要它。
step-first-identity-code-title = 获得个人身份号码
step-first-identity-code-text = 您的个人身份号码常常已经印在居留许可卡上。如果没有，您会在 { -dvv } 登记时得到它。在银行、{ -kela } 和医疗机构都需要它。
step-first-kela-title = 向 { -kela } 询问社会保障
step-first-kela-text = 请在 OmaKela 上申请 { -kela } 卡，并提交移居芬兰通知。然后 { -kela } 会决定您是否享有芬兰社会保障。
step-first-tax-card-title = 办理税卡
step-first-tax-card-text = 开始工作之前，请从 { -vero } 办理税卡。把它交给您的雇主。
step-first-bank-title = 开银行账户
step-first-bank-text = 您需要银行账户来领取工资和补助。也请向银行申请网上银行密码。

## Steps: your assessment
step-assessment-employment-title = 您的评估由{ -tyollisyyspalvelut }负责
step-assessment-employment-text = 您已登记为求职者，所以{ -tyollisyyspalvelut }会和您一起做评估和融入计划。请联系他们并预约时间。
step-assessment-municipality-title = 您的评估由您的市镇负责
step-assessment-municipality-text = 根据您的回答，您所在市镇的融入服务负责您的评估和融入计划。请联系他们并预约时间。
step-assessment-ask-title = 申请评估您的技能和需要
step-assessment-ask-text = 请问您所在市镇的指导咨询服务，谁为您做评估。如果您登记为失业求职者，就是{ -tyollisyyspalvelut }。否则通常是市镇。
step-window-open-title = 及时申请您的融入计划
step-window-open-text = 评估和第一份融入计划在您获得第一个居留许可或登记后的 3 年内制定。请尽快申请。
step-window-passed-title = 自您获得第一个许可以来已经超过 3 年
step-window-passed-text = 第一份融入计划通常在 3 年内制定。请问负责您的工作人员，您还可以做什么。语言课程和其他服务可能仍然对您开放。
step-jobseeker-register-title = 登记为求职者
step-jobseeker-register-text = 您想要工作或培训。请在{ -tyomarkkinatori(case: "with-finnish") }上或在{ -tyollisyyspalvelut }登记为求职者。
step-interpreter-title = 要求翻译
step-interpreter-text = 预约时间时，请告诉办事处您需要翻译。评估用您听得懂的语言进行。
step-social-services-title = 社会服务评估
step-social-services-text = 获得国际保护的人通常会被引导去做社会服务需求评估。它帮助您得到需要的支持。
step-unaccompanied-plan-title = 对没有监护人的年轻人的支持
step-unaccompanied-plan-text = 没有监护人陪同来到芬兰的年轻人，通常会被引导去做社会服务需求评估。社会服务会和您一起为您制定计划。请问您的联系人或社工。
step-talk-health-title = 和别人谈谈您的健康
step-talk-health-text = 在您的健康站或社会服务预约时间。您可以告诉他们是什么让您学习或工作有困难。

## Steps: language
step-literacy-title = 识字培训
step-literacy-text = 请申请识字培训。它面向还不能很好地读写的人，或者刚开始接触拉丁字母的人。规定可能在 2027 年改变：请问负责您的工作人员。
step-integration-training-title = 融入培训：芬兰语或瑞典语
step-integration-training-text = 融入培训教授芬兰语或瑞典语，也介绍社会和职场。通常需要大约一年。一个测试会显示哪个小组适合您。规定可能在 2027 年改变：请问负责您的工作人员。
step-language-with-work-title = 一边工作一边学语言
step-language-with-work-text = 您已经可以工作了。请询问可以在工作的同时学习的非全日制语言课程。
step-language-fluent-title = 您的语言能力已经很好
step-language-fluent-text = 您可能不需要语言培训。请询问其他服务，例如学习或工作。
step-civic-orientation-title = 用您的语言上社会入门课程
step-civic-orientation-text = 请询问多语言的社会入门课程。课程至少 70 小时，介绍在芬兰的权利、服务、工作和日常生活。
step-digital-skills-title = 学习使用在线服务
step-digital-skills-text = 很多服务都在网上。请向您的图书馆或市镇询问使用手机、电脑和在线服务的帮助和课程。

## Steps: education and recognition
step-simhe-title = 为受过高等教育的人提供的指导
step-simhe-text = 一些大学的 { -simhe } 服务为受过大学教育的人提供指导，并在认可以前的学习成果方面提供帮助。
step-recognition-oph-title = 了解您学位的水平
step-recognition-oph-text = { -oph } 可以决定您的国外学位在芬兰相当于什么水平。请带上您的证书。在 oph.fi 上查看怎么申请。
step-regulated-valvira-title = 在卫生或社会护理领域工作的权利
step-regulated-valvira-text = 要在卫生或社会护理领域工作，您需要{ -lvv }授予的执业权（以前由 Valvira 负责）。您还需要足够的芬兰语或瑞典语能力。
step-regulated-oph-title = 当教师或在幼儿教育领域工作的权利
step-regulated-oph-text = 教学和幼儿教育是受法律规范的职业。{ -oph } 决定您的教育是否给您在这些领域工作的权利。

## Steps: children
step-daycare-title = 申请幼儿教育
step-daycare-text = 向您的市镇申请幼儿教育（日托）。费用取决于您的收入。请尽早申请。
step-preprimary-title = 学前教育
step-preprimary-text = 上学前一年的学前教育是必须参加的。它是免费的。您的市镇会告诉您怎么报名。
step-school-title = 孩子的学校
step-school-text = 从 7 岁起必须接受教育。如果您的孩子还不会说芬兰语或瑞典语，请询问为上学做准备的预备教学。
step-upper-secondary-title = 青少年的学习
step-upper-secondary-text = 年轻人必须学习到 18 岁，或者到完成高中阶段的学历为止。请询问高中阶段的学习，或者询问 TUVA，即为这些学习做准备的预备教育。

## Steps: studies and work
step-vocational-title = 职业培训
step-vocational-text = 请询问 TUVA，即为高中阶段学历做准备的预备教育。也请询问中等职业教育。
step-university-title = 大学学习
step-university-text = 请询问高等教育的学习和语言要求。{ -simhe } 服务可以为您提供指导。
step-self-motivated-title = 先在计划中约定学习
step-self-motivated-text = 如果您想学习，同时继续领取失业补助，请在开始之前在融入计划中约定学习。
step-business-title = 创业建议
step-business-text = 请向{ -tyollisyyspalvelut }询问在芬兰创业的建议。
step-work-routes-title = 进入职场的途径
step-work-routes-text = 请向{ -tyollisyyspalvelut }询问劳动力市场培训、试工或工资补贴工作。
step-community-title = 认识别人，找到支持
step-community-text = 组织和业余活动帮助您认识别人和找工作。例如移民自己的组织、学生组织、导师计划和专业协会。请问您的市镇，您附近有哪些这样的活动。
step-follow-up-plan-title = 如果项目结束时还没有工作
step-follow-up-plan-text = 当您的融入项目结束，而您还没有工作时，会和您一起制定一份后续计划（jatkosuunnitelma）：关于您下一步的计划。可能的途径包括劳动力市场培训、工资补贴工作、试工、TUVA（为高中阶段学历做准备的预备教育）、职业学习、高等教育学习、资格培训、康复性工作活动和康复。如果您是求职者，您的就业计划以后续计划为基础。
step-social-guidance-title = 日常事务方面的帮助
step-social-guidance-text = 您在日常生活中需要更多支持吗？请询问支持融入的社会指导，以及办事协助（asiointiapu）。有些市镇也在社会服务之外提供日常生活方面的指导。请问您的市镇。
