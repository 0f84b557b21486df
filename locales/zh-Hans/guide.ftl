# 指南主题，机器翻译（从英文翻译）。必须与英文有完全相同的键。

## first-steps
topic-first-steps-title = 您在芬兰的第一步
topic-first-steps-summary = 这个清单列出了大多数人搬来以后最先做的事情。完成一个步骤后，请勾选它。对您来说，顺序可能不同。
topic-first-steps-step-1 = 打开一个步骤，可以了解更多。您可以看到要做什么、去哪里。
topic-first-steps-step-2 = 有不清楚的地方吗？请寻求帮助。您所在市镇的融入服务或指导咨询服务可以帮助您。

## residence-permit
topic-residence-permit-title = 居留许可和登记
topic-residence-permit-summary = 大多数人需要向{ -migri-full }（{ -migri }）申请居留许可。欧盟和北欧国家的公民不需要许可，但必须登记。很多其他步骤都需要您的许可或登记。
topic-residence-permit-step-1 = 您需要居留许可吗？请向 { -migri } 申请。在 migri.fi 上查看哪种许可适合您搬来的原因。
topic-residence-permit-step-2 = 您是欧盟国家的公民吗？请在到达后 3 个月内向 { -migri } 登记您在芬兰居住的权利。您是北欧国家的公民，并且要住 6 个月以上吗？那么请在一个月内亲自到 { -dvv } 登记。在 { -infofinland } 上查看怎么办理。
topic-residence-permit-step-3 = 请保管好您的居留许可卡。在很多办事处都需要它。如果丢失了，请问 { -migri } 该怎么办。
topic-residence-permit-step-4 = 您的许可只在一定时间内有效。请在许可到期之前申请延期居留许可。在 migri.fi 上查看规定和日期。

## right-to-stay
topic-right-to-stay-title = 保持您的居留权
topic-right-to-stay-summary = 您的居留许可只在一定时间内有效。要留在芬兰，请保持许可有效，并及时把您的情况告诉 { -migri }。几年以后，您可能可以获得永久居留许可。
topic-right-to-stay-step-1 = 请在许可到期之前申请延期居留许可。延期居留许可是一个新的许可，让您可以继续住在这里。请在 { -migri } 的在线服务 { -enter-finland } 上在线申请。
topic-right-to-stay-step-2 = 您的情况发生变化时，请告诉 { -migri }。例如，您的工作结束了，或者您的家庭情况变了。新地址请告诉 { -dvv }。
topic-right-to-stay-step-3 = 有时 { -migri } 会给您寄信，要求提供更多信息。请在信中写的期限之前回答。如果信很难看懂，请寻求帮助。
topic-right-to-stay-step-4 = 自 2026 年 1 月 8 日起，永久居留许可实行新的规定。一般来说，您需要在芬兰住满 6 年。您还需要足够好的芬兰语或瑞典语水平（达到“满意”等级）。您还需要 2 年的工作经历。在这 2 年里，您领取失业补助或生活补助的时间最多只能有 3 个月。如果收入高，或者有芬兰的学位，4 年可能就够了。请在 migri.fi 上查看详细信息。
topic-right-to-stay-step-5 = 您的许可是基于工作的吗？如果您的工作结束了，您有 3 个月或 6 个月的时间找新工作。请问 { -migri } 哪个时间适用于您。

## identity-code
topic-identity-code-title = 个人身份号码和地址
topic-identity-code-summary = { -dvv } 记录住在芬兰的人的信息。登记时，您可以获得个人身份号码。{ -dvv } 也记录您的居住地市镇。很多服务都需要这些信息。
topic-identity-code-step-1 = 到达后请在 { -dvv } 登记。在 dvv.fi 上查看怎么登记。那里也写了要带哪些文件。
topic-identity-code-step-2 = 您的个人身份号码常常已经印在居留许可卡上。如果没有，您会在登记时得到它。您仍然需要在 { -dvv } 登记您的地址和居住地市镇。在银行、{ -kela } 和医疗机构都需要这个号码。请妥善保管。
topic-identity-code-step-3 = 搬到新地址时，请告诉 { -dvv }。在 dvv.fi 上查看怎么办理。
topic-identity-code-step-4 = 有家人和您住在一起吗？也请在 { -dvv } 为他们登记，包括您的孩子。每个人都会得到自己的身份号码。

## kela
topic-kela-title = { -kela } 和社会保障
topic-kela-summary = 在芬兰，{ -kela } 支付很多补助。首先，{ -kela } 决定您是否享有芬兰社会保障。如果享有，您就可以申请 { -kela } 的补助。
topic-kela-step-1 = 请在 { -kela } 的在线服务 OmaKela 上申请 { -kela } 卡。同时提交移居芬兰通知。然后 { -kela } 会决定您是否享有芬兰社会保障。在 kela.fi 上查看怎么办理。
topic-kela-step-2 = 如果您享有社会保障，您会得到一张 { -kela } 卡。请随身携带。例如，在药店要出示这张卡。您享受公共医疗的权利来自您的居住地市镇，而不是来自这张卡。
topic-kela-step-3 = { -kela } 有适用于很多情况的补助，例如住房补贴和子女津贴。您能得到什么取决于您的情况。由 { -kela } 决定。
topic-kela-step-4 = 每一种补助都必须单独申请。您的生活发生变化时，请告诉 { -kela }。例如，您的收入、地址或家庭情况变了。

## money
topic-money-title = 头几个月的钱
topic-money-summary = 在头几个月里，您可能需要经济上的帮助。{ -kela } 支付很多补助。每一种补助都必须单独申请。这个主题介绍最常见的补助。
topic-money-step-1 = 您失业了，并且有融入计划吗？在计划期间，您可能可以领取失业补助。首先请登记为失业求职者。然后向 { -kela } 申请补助。
topic-money-step-2 = 您可以在 { -kela } 的在线服务 OmaKela 上申请补助。也有英文的表格。
topic-money-step-3 = 您的收入低吗？您可能可以从 { -kela } 领取一般住房补贴。它帮助您支付住房的费用。{ -kela } 根据您的情况决定。
topic-money-step-4 = 生活补助（toimeentulotuki）是最后的帮助，用在您的其他收入不够支付基本需要的时候。请向 { -kela } 申请。在某些情况下，您所在{ -hyvinvointialue }的社会服务可以给您额外的帮助。请问他们。
topic-money-step-5 = 补助可能会停止或减少。如果您不参加融入计划或计划中约定的服务，就可能发生这种情况。如果您没有把变化告诉 { -kela }，也可能发生这种情况。例如，您的收入、家庭或地址变了。有变化时请马上告诉 { -kela }。
topic-money-step-6 = 您在家照顾 3 岁以下的孩子吗？您可能可以从 { -kela } 领取儿童家庭看护补贴。规定可能在 2027 年改变。请问负责您的工作人员。

## tax
topic-tax-title = 税卡和税
topic-tax-summary = 在芬兰，税在您拿到工资之前就从工资里扣除。您需要从{ -vero-full }（{ -vero }）获得税卡。税卡告诉您的雇主要扣多少税。
topic-tax-step-1 = 开始工作之前请办好税卡。在 vero.fi 上查看怎么办理。
topic-tax-step-2 = 把您的税卡交给雇主。您的雇主需要它来正确支付您的工资。
topic-tax-step-3 = 没有税卡，您的雇主会从您的工资里多扣很多税。
topic-tax-step-4 = 每年 { -vero } 会给您一份纳税申报表，请您检查。请仔细阅读。如果有错误，请在申报表上写的日期之前改正。

## bank-id
topic-bank-id-title = 银行账户和网上身份验证
topic-bank-id-summary = 您需要银行账户来领取工资和补助。网上银行密码可以在网上证明您是谁。这叫做强身份验证。您用它登录 { -suomi-fi } 和很多其他电子服务。
topic-bank-id-step-1 = 选择一家银行，问怎么开户。问需要哪些文件。
topic-bank-id-step-2 = 把您的身份证件带到银行。例如，带上您的护照和居留许可卡。
topic-bank-id-step-3 = 向银行申请网上银行密码。您用它登录银行和很多公共服务。绝不要把您的密码给别人。
topic-bank-id-step-4 = 用您的密码登录 { -suomi-fi }。在那里，您可以在一个地方使用很多公共电子服务。

## letters
topic-letters-title = 官方信件和网上身份验证
topic-letters-summary = 政府部门会就您的事情给您寄信。有些信是决定。请马上阅读，因为它们可能有期限。要在网上读信和使用电子服务，您需要强电子身份验证。
topic-letters-step-1 = 决定和其他信件会通过邮寄或 { -suomi-fi } 消息送来。{ -suomi-fi } 消息是接收政府部门信件的安全网上信箱。您在 { -suomi-fi } 上开通它。开通以后，请经常查看那里的消息。
topic-letters-step-2 = 决定（päätös）是政府部门对您的事情的正式答复。它会告诉您怎么申诉，以及申诉的截止日期。申诉的意思是要求改变这个决定。最后一天叫做申诉期限。请马上阅读每一个决定，这样您才有时间。
topic-letters-step-3 = 信很难看懂吗？请寻求帮助。指导咨询服务可以给您解释。您也可以要求翻译。
topic-letters-step-4 = 强电子身份验证可以在网上证明您是谁。通常您用网上银行密码来验证。请向您的银行申请。
topic-letters-step-5 = 银行拒绝给您网上银行密码吗？请问银行接受哪些文件。警方为外国人签发的身份证或手机证书（手机上的身份验证）可能有帮助。每家银行自己决定，所以请问您的银行。

## work
topic-work-title = 工作和{ -tyollisyyspalvelut }
topic-work-summary = { -tyollisyyspalvelut(case: "capital") }帮助您找到工作或培训机会。自 2025 年 1 月 1 日起，由市镇提供{ -tyollisyyspalvelut }。您通过{ -tyomarkkinatori(case: "with-finnish") }登记为求职者。
topic-work-step-1 = 请在{ -tyomarkkinatori }上登记为求职者。如果您不能在网上办理，请向您的{ -tyollisyyspalvelut }寻求帮助。
topic-work-step-2 = 您已登记为失业求职者吗？那么{ -tyollisyyspalvelut }负责您的融入服务。他们评估您的技能，并和您一起制定计划。
topic-work-step-3 = 写一份简历。列出您的教育、工作经验和技能。有变化时请更新。
topic-work-step-4 = 请保管好您的学校证书和工作证明。去见{ -tyollisyyspalvelut }或雇主时请带上。

## integration
topic-integration-title = 融入服务
topic-integration-summary = 融入服务帮助您学习语言、找工作和了解芬兰社会。如果您是已登记的失业求职者，由{ -tyollisyyspalvelut }负责。对很多其他人，例如不在职场的人，由市镇负责。如果不确定，请询问。
topic-integration-step-1 = 阅读关于芬兰生活的基本信息，例如本指南。如果有问题，请询问您所在市镇的指导咨询服务。
topic-integration-step-2 = 请申请评估您的技能和服务需要（初步评估）。评估用您听得懂的语言进行。您可以有翻译。
topic-integration-step-3 = 评估以后，您可能会得到一份融入计划。计划列出适合您的学习和服务。第一份计划在您获得第一个许可或登记后的 3 年内制定。
topic-integration-step-4 = 融入培训通常持续大约一年。您学习芬兰语或瑞典语。您也了解社会和职场。规定可能在 2027 年改变：请问负责您的工作人员。
topic-integration-step-5 = 您也可以参加社会入门课程。课程用很多种语言教授，至少 70 小时。您会了解权利、服务、工作和日常生活。

## language
topic-language-title = 学习芬兰语或瑞典语
topic-language-summary = 芬兰语和瑞典语是芬兰的官方语言。在很多地区，大多数人说芬兰语。语言帮助您找工作和处理日常生活。请问在您住的地方哪种语言最合适。
topic-language-step-1 = 融入培训包括芬兰语或瑞典语。请在评估时或在融入服务处询问。
topic-language-step-2 = 读写对您来说很难吗？或者芬兰语使用的字母（拉丁字母）对您来说是新的吗？那么请申请识字培训。这种培训的规定可能在 2027 年改变：请问负责您的工作人员。
topic-language-step-3 = 自由成人教育也有语言课程。成人教育中心就是一个例子。请向您的市镇询问您附近的课程。
topic-language-step-4 = 您在领取失业补助，并且想自己选择学习吗？请在开始之前把学习写进您的计划并达成一致。否则您可能会失去补助。

## qualifications
topic-qualifications-title = 使用您的学位和职业
topic-qualifications-summary = 您在国外受的教育可以帮助您在芬兰找工作。有些工作需要先有正式的决定。这个主题告诉您去哪里询问。
topic-qualifications-step-1 = 您有国外的高等教育学位吗？{ -oph } 可以决定它在芬兰相当于什么水平。在 oph.fi 上查看怎么申请。
topic-qualifications-step-2 = 有些职业受法律规范。要从事这些职业，您需要正式的执业权利。对其中很多职业，由 { -oph } 决定您的教育是否给您这个权利。
topic-qualifications-step-3 = 您想在卫生或社会护理领域工作吗？您需要{ -lvv(case: "with-finnish") }授予的执业权（以前由 Valvira 负责）。您还必须足够好地掌握芬兰语或瑞典语。
topic-qualifications-step-4 = 私营雇主自己决定您的教育是否适合这份工作。您有大学学位吗？一些大学的 { -simhe } 服务可以为您提供指导。

## health-care
topic-health-care-title = 获得医疗服务
topic-health-care-summary = 您所在的{ -hyvinvointialue(case: "with-finnish") }负责公共医疗和社会服务。在赫尔辛基，由赫尔辛基市负责。您的健康站通常是第一个要联系的地方。要使用公共医疗，您通常需要有居住地市镇。
topic-health-care-step-1 = 健康站（terveysasema）是您所在地区的公共卫生中心。在那里您可以看护士或医生。找到您的健康站，问怎么预约第一次就诊。
topic-health-care-step-2 = 您享受公共医疗的权利来自您的居住地市镇。这是您登记居住的市镇。这个权利不是来自 { -kela } 卡。请在 { -dvv } 登记，以获得居住地市镇。
topic-health-care-step-3 = 您还在等待居住地市镇吗？在紧急情况下，您无论如何都会得到治疗。您可能以后要支付费用。对于其他治疗，您可能仍然有权享受公共医疗，例如因为您在芬兰工作。这需要单独申请：请问 { -kela }。您也可以去私人诊所。
topic-health-care-step-4 = 公共牙科也是公共医疗的一部分。请在您的健康站或公共牙科问怎么预约时间。
topic-health-care-step-5 = 您怀孕了吗？请去孕产妇诊所（neuvola）。诊所跟踪您和宝宝的健康。学龄前的孩子去儿童保健诊所。诊所检查他们的健康和成长。
topic-health-care-step-6 = 您需要用自己的语言获得帮助吗？预约时请要求翻译。告诉他们您说哪种语言。

## health
topic-health-title = 突发疾病和紧急医疗
topic-health-summary = 这个主题告诉您突然生病或需要尽快治疗时该怎么办。关于日常医疗，请阅读“获得医疗服务”这个主题。只有在生命、健康、财产或环境有危险时才拨打 112。
topic-health-step-1 = 您的健康站（terveysasema）通常是第一个要联系的地方。找到离您最近的健康站。问怎么预约。
topic-health-step-2 = 您需要尽快治疗吗？如果不是紧急情况，请拨打{ -paivystysapu } 116 117。他们会告诉您该做什么、去哪里。这个号码在大多数地区都能用，但不是所有地方都能用。请在 116117.fi 上查看。
topic-health-step-3 = 紧急情况下，请拨打 112。例如，有人不能呼吸、失去知觉或大量出血。
topic-health-step-4 = 您需要用自己的语言获得帮助吗？预约时请要求翻译。

## emergency
topic-emergency-title = 紧急电话 112
topic-emergency-summary = 112 是芬兰的紧急电话。在生命、健康、财产或环境有危险时拨打，例如发生火灾时。您可以联系到警察、救护车以及消防和救援服务。
topic-emergency-step-1 = 拨打 112，保持冷静。说出您是谁、您在哪里、发生了什么。回答问题。
topic-emergency-step-2 = 在对方告诉您可以挂断之前，不要挂电话。按照您得到的指示去做。
topic-emergency-step-3 = 在手机上安装 { -app-112-suomi } 应用。它可以帮助紧急呼叫中心找到您的位置。
topic-emergency-step-4 = 如果有人服了毒或吃了太多药，请打电话给{ -myrkytystietokeskus }。号码在这个页面上。如果这个人失去知觉或不能正常呼吸，请拨打 112。

## housing
topic-housing-title = 找住房
topic-housing-summary = 住房是您最先需要的东西之一。您可以从市镇、非营利房东或私人房东那里租房。如果您的收入低，{ -kela } 可能会帮助支付费用。
topic-housing-step-1 = 寻找出租房。向您的市镇询问市镇和非营利的出租房。请尽早申请，因为您可能需要等待。
topic-housing-step-2 = 签租赁合同之前请仔细阅读。房东常常要求押金。问什么时候能拿回押金。
topic-housing-step-3 = 您的收入低吗？您可能可以从 { -kela } 领取住房补贴。{ -kela } 根据您的情况决定。
topic-housing-step-4 = 搬家时，请把新地址告诉 { -dvv }。如果您领取补助，也请告诉 { -kela }。

## children
topic-children-title = 孩子、日托和学校
topic-children-summary = 这个主题是为有孩子的家庭准备的。它介绍孩子的日托、学校和医疗。在芬兰，儿童和青少年必须接受教育。
topic-children-step-1 = 幼儿教育（varhaiskasvatus）是为幼儿提供的日托。请向您的市镇单独申请。费用取决于您家庭的收入。
topic-children-step-2 = 上学前一年的学前教育是必须参加的。它是免费的。
topic-children-step-3 = 7 岁到 18 岁必须接受教育。如果年轻人完成了高中阶段的学历，可以更早结束。
topic-children-step-4 = 您的孩子还在学习芬兰语或瑞典语吗？孩子可以接受预备教学，为在学校学习做准备。它持续大约一个学年。
topic-children-step-5 = 儿童保健诊所（neuvola）检查幼儿的健康和成长。由您所在的{ -hyvinvointialue }负责。请问他们怎么预约。

## rights
topic-rights-title = 您的权利和义务
topic-rights-summary = 在芬兰，每个人都有同样的基本权利。您也有义务。例如，您必须遵守法律并纳税。
topic-rights-step-1 = 法律面前人人平等。禁止歧视，例如因为出身、宗教、性别或残疾而歧视。
topic-rights-step-2 = 女性和男性享有平等的权利。在家里、在工作中和在社会上都是这样。
topic-rights-step-3 = 暴力是犯罪，在家庭内部也是。如果您现在有危险，请拨打 112。{ -nollalinja } 帮助任何遭受亲密关系暴力的人。号码在这个页面上。
topic-rights-step-4 = 在工作中，您有权得到约定的工资。请要求签订书面合同。请保存好您的工资单。

## everyday
topic-everyday-title = 日常生活
topic-everyday-summary = 这个主题提供在芬兰日常生活的建议。内容包括您的预算、账单、在线服务和垃圾处理。业余时间也很重要。参加俱乐部、运动小组或协会，认识新朋友。
topic-everyday-step-1 = 规划您的钱。每个月写下您的收入和支出。
topic-everyday-step-2 = 按时支付账单。未付的账单可能损害您的信用记录。如果您付不了，请尽早联系寄账单的一方。
topic-everyday-step-3 = 使用 { -suomi-fi } 办理很多公共电子服务。公共图书馆是免费的。很多图书馆有电脑，工作人员可以帮助您使用。
topic-everyday-step-4 = 把垃圾分类回收。向您的房东或市镇询问您住的地方的规定。

## driving-licence
topic-driving-licence-title = 其他国家的驾驶执照
topic-driving-licence-summary = 您可以在芬兰用国外的驾驶执照开车吗？这取决于您在哪个国家拿到的执照。请及时查看规定。
topic-driving-licence-step-1 = 欧盟或欧洲经济区国家的驾驶执照在芬兰仍然有效。欧洲经济区是欧盟国家加上冰岛、列支敦士登和挪威。
topic-driving-licence-step-2 = 很多其他执照在您搬来以后只在有限的时间内有效。之后，您必须把执照换成芬兰执照。换某些执照时，您还必须通过驾驶考试。您在办理驾驶执照的服务点 { -ajovarma } 换执照。
topic-driving-licence-step-3 = 在 { -infofinland } 上查看适用于您国家的规定。请尽快查看，不要等到期限过了。

## help
topic-help-title = 在哪里获得帮助
topic-help-summary = 您不必自己弄清楚所有事情。指导咨询服务面向所有移民，也面向没有居留许可的人。您可以向他们询问服务和日常生活方面的问题。
topic-help-step-1 = 问您的市镇在哪里可以得到指导和咨询。他们可以告诉您该联系哪个服务。
topic-help-step-2 = { -infofinland } 有多种语言的芬兰生活信息。需要用自己的语言了解信息时，请使用它。
topic-help-step-3 = 您遇到危机，需要找人说话吗？请拨打 { -mieli } 危机求助热线。芬兰语热线 24 小时开放。其他语言有自己的号码和时间。所有号码都在这个页面上。
topic-help-step-4 = 紧急情况下，请拨打 112。在生命、健康、财产或环境有危险时拨打。

## interpreters
topic-interpreters-title = 翻译
topic-interpreters-summary = 翻译把您说的话译成另一种语言，把工作人员说的话译成您的语言。有了翻译，您可以理解自己的事情，也可以把事情说清楚。
topic-interpreters-step-1 = 事情是政府部门发起的吗？那么由政府部门安排翻译并支付费用。
topic-interpreters-step-2 = 事情是您自己发起的吗？例如，您申请了某样东西。那么请问政府部门是否安排翻译。
topic-interpreters-step-3 = 预约时间时，请告诉他们您的语言。您可以要求一位说您的方言的翻译。您也可以要求女翻译或男翻译。
topic-interpreters-step-4 = 对您的技能和服务需要的评估用您听得懂的语言进行。如果需要，您可以有翻译。

## Authorities
authority-migri = { -migri-full }
authority-dvv = { -dvv-full }
authority-kela = { -kela }（{ -kela-full }）
authority-vero = { -vero-full }
authority-banks = 银行和 { -suomi-fi }
authority-employment = { -tyollisyyspalvelut(case: "capital") }
authority-integration = 市镇的融入服务
authority-wellbeing = { -hyvinvointialue(case: "capital") }
authority-emergency = { -hatakeskuslaitos }
authority-municipality = 您的市镇
authority-oph = { -oph-full }
authority-lvv = { -lvv }（卫生和社会护理执业许可）
authority-simhe = 大学的 { -simhe } 服务
authority-ngos = 组织和协会
authority-guidance = 指导咨询服务
authority-traficom = { -traficom-full }（{ -traficom }）

## Phones
phone-112 = 紧急电话
phone-medical-helpline = { -paivystysapu(case: "capital") }
phone-poison = { -myrkytystietokeskus }
phone-crisis = 芬兰语危机求助热线，24 小时（{ -mieli }）
phone-crisis-en-ar = 英语和阿拉伯语危机求助热线（{ -mieli }）
phone-crisis-uk = 乌克兰语危机求助热线（{ -mieli }）
phone-crisis-ru = 俄语危机求助热线（{ -mieli }）
phone-crisis-sv = 瑞典语危机求助热线（{ -mieli }）
phone-nollalinja = { -nollalinja }：为任何遭受亲密关系暴力的人提供帮助的热线
phone-nollalinja-short = { -nollalinja }：同一条热线的短号码

## Checklist
check-permit = 获得居留许可或登记您的居留
check-register = 在 { -dvv } 登记并获得身份号码
check-kela = 向 { -kela } 询问社会保障
check-tax-card = 办理税卡
check-bank = 开银行账户并获得网上银行密码
check-jobseeker = 登记为求职者
check-health = 找到您的健康站
check-integration = 申请融入服务
check-language = 开始学习芬兰语或瑞典语
check-housing = 找住房

## Official sources
topic-sources-heading = 官方来源

# 官方页面的所有者，显示为“<所有者>: <页面标题>”。
owner-infofinland = { -infofinland }
owner-kotoutuminen = { -kotoutuminen-fi }
owner-migri = { -migri }
owner-intermin = { -sisaministerio }
owner-dvv = { -dvv }
owner-kela = { -kela }
owner-vero = { -vero }
owner-suomifi = { -suomi-fi }
owner-tyomarkkinatori = { -tyomarkkinatori }
owner-oph = { -oph }
owner-lvv = { -lvv }
owner-erc = { -hatakeskuslaitos }
owner-116117 = { -paivystysapu(case: "capital") }
owner-mieli = { -mieli }
owner-nollalinja = { -nollalinja }
owner-finlex = { -finlex }
owner-tem = { -tem }
owner-traficom = { -traficom }

# 官方页面的标题：页面的内容，不含所有者。
source-infofinland-registering = 登记为居民
source-infofinland-health = 芬兰的医疗服务
source-infofinland-dental = 牙科护理
source-infofinland-driving = 驾驶执照
source-infofinland-housing = 出租住房
source-infofinland-daycare = 幼儿教育
source-infofinland-basic-education = 基础教育
source-infofinland-living = 在芬兰生活
source-infofinland-business = 创业
source-kotoutuminen-who = 谁可以得到评估
source-kotoutuminen-assessment = 技能和服务需要的评估
source-kotoutuminen-guidance = 指导和建议
source-kotoutuminen-training = 融入培训
source-kotoutuminen-independent-study = 自主学习
source-kotoutuminen-benefits = 融入期间的失业补助和社会补助
source-kotoutuminen-interpretation = 理解和翻译
source-kotoutuminen-language-choice = 选择芬兰语或瑞典语
source-kotoutuminen-families = 儿童、青少年和家庭
source-kotoutuminen-plan = 融入计划
source-migri-enter-finland = { -enter-finland } 在线服务
source-migri-extended-permit = 延期居留许可
source-migri-permanent = 永久居留许可
source-intermin-permanent = 永久居留许可的新规定（芬兰语）
source-dvv-nordic = 在北欧国家之间搬家
source-kela-card = { -kela } 卡
source-kela-moving = 移居芬兰
source-kela-unemployment = 劳动力市场补贴
source-kela-housing = 一般住房补贴
source-kela-social-assistance = 生活补助
source-kela-child-home-care = 儿童家庭看护补贴
source-vero-tax-card = 税卡
source-vero-moving = 移居芬兰和税
source-suomifi-identification = 身份验证
source-suomifi-messages = { -suomi-fi } 消息
source-tyomarkkinatori-jobseeker = 为求职者提供的服务
source-oph-recognition = 学历认可
source-lvv-home = 卫生和社会护理领域的执业权
source-erc-112 = 什么时候拨打 112
source-116117 = 您所在地区的{ -paivystysapu }
source-mieli-emergency = 危机时在哪里获得帮助
source-nollalinja = 亲密关系暴力的帮助
source-finlex-integration-act = 促进融入法（芬兰语）
source-finlex-civic-orientation = 关于社会入门课程的法令（芬兰语）
source-tem-reform = 融入服务的计划变化（芬兰语）
