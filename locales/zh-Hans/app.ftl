# 应用界面，机器翻译（从英文翻译）。必须与英文有完全相同的键。
# 大括号里的变量，例如 { $count }，由应用填写：请保持原样。

## Shell
app-name = 初到芬兰
skip-to-content = 跳到正文
nav-label = 主菜单
nav-guide = 指南
nav-language = 语言
nav-municipality = 市镇
nav-municipality-none = 未选择
breadcrumb-label = 您的位置
footer-privacy = 您在这里做的一切都只保存在这台设备上。不会发送到任何地方。
footer-disclaimer = 本指南提供一般信息。您的具体情况由政府部门决定。
opens-new-tab = 在新标签页中打开

## Notices
notice-machine = 这段文字是机器翻译的，可能有错误。如果有不清楚的地方，请询问工作人员或查看官方网站。请告诉我们错误，以便我们改正。
notice-text-gaps = 有些文字还没有您的语言版本。这些文字用英文显示。
notice-checklist-reset = 无法读取您保存的清单，所以清单已被清空。请重新勾选您的步骤。
notice-storage-blocked = 这个浏览器不允许本指南保存任何内容。您在这里做的事情只保留到您关闭这个页面为止。

## Loading
loading = 正在加载…

## Language screen
language-title = 选择您的语言
language-intro = 点击您的语言。以后您可以在顶部菜单中更改。
language-suggested = 为这台设备推荐

## Municipality screen (a site for several municipalities)
municipality-title = 选择您的市镇
municipality-intro = 选择您居住的市镇。然后本指南会显示这个市镇的办事处和当地信息。以后您可以在顶部菜单中更改。

## Start page
home-title = 欢迎来到芬兰
home-intro = 本指南帮助您度过在芬兰的头几个月。了解您的第一步、您可以使用的服务以及在哪里获得帮助。
home-guide-title = 基本信息
home-guide-text = 许可、{ -kela }、工作、健康、住房、学校等。
home-checklist-title = 您的第一步
home-help-title = 在哪里获得帮助
home-help-text = 指导和咨询、求助热线和紧急电话。
home-privacy = 您不需要登录。您勾选的内容只保存在这台设备上。

## Guide
guide-title = 基本信息
guide-intro = 选择一个主题，或搜索一个词。
guide-all-topics = 所有主题
search-label = 搜索指南
search-button = 搜索
search-results = { $count ->
    [0] 没有找到与“{ $query }”相关的内容
   *[other] 找到 { $count } 个与“{ $query }”相关的主题
}
search-none = 请换一个词，或用更短的词。
search-none-help = 查看在哪里获得帮助。

## Topic page
topic-back = 所有主题
topic-steps-heading = 怎么做
topic-authority-heading = 负责机构
topic-name-fi = 芬兰语
topic-name-sv = 瑞典语
topic-phones-heading = 电话号码
topic-last-checked = 最后检查日期：{ $date }
read-aloud = 朗读
read-aloud-stop = 停止朗读
read-aloud-no-voice = 这台设备没有可以朗读这种语言的声音。

## Checklist
checklist-heading = 您的清单
checklist-progress = 已完成 { $done } / { $total } 个步骤
checklist-read-more = 了解更多

## Not found
not-found-title = 找不到页面
not-found-text = 我们找不到这个页面。链接可能已经过期或输入有误。
not-found-home = 前往首页
not-found-guide = 查看所有指南主题

## Local offices (from the municipality's settings)
office-heading = 当地办事处
office-address = 地址
office-phone = 电话
office-hours = 开放时间
office-website = 网站
office-accessibility = 无障碍设施
office-languages = 可使用的语言

## Kiosk (shared device in a service point)
kiosk-finish = 完成并清除
kiosk-idle-title = 您还在吗？
kiosk-idle-text = 为了保护您的隐私，屏幕上的所有内容将在 { $seconds } 秒后被清除。
kiosk-still-here = 我还在
kiosk-qr-help = 用您自己的手机扫描这个二维码，就可以带走您的回答和路线。这台设备上不会保存任何内容。
mine-title = 您在服务点的回答
mine-intro = 这些是您在服务点做的回答和路线。它们还没有保存在这部手机上。
mine-save = 保存在这部手机上

## App updates
update-available = 本指南有新版本。
update-reload = 立即更新

## Questionnaire and pathway texts that every page can show
qn-nav = 问题
qn-home-title = 为评估做准备
qn-home-text = 在会面之前，回答关于您的技能和计划的问题。
qn-deleted = 您的数据已从这台设备上删除。
qn-notice-migrated = 您保存的回答已更新，以适应这个版本的应用。
qn-notice-dropped = 有些保存的回答已经不适合现在的问题，所以被删除了。请检查您的回答。
pw-nav = 路线
