# 网页管理的设置检查页面（#/admin/config-check），机器翻译（从英文翻译）。
# 必须与英文有完全相同的键。这个文件随该页面加载，首次访问时不加载。

admin-title = 设置检查
admin-intro = 这个页面显示应用从市镇的设置文件 municipality.toml 中理解到的内容。有问题的部分会被忽略，应用对这些部分使用默认值。
admin-none = 没有问题：所有设置都已理解。
admin-no-file = 没有设置文件。应用使用默认值。
admin-count = { $count ->
   *[other] 发现 { $count } 个问题：
}
admin-where = 第 { $line } 行，第 { $column } 列，{ $path }：
config-problem-syntax = 无法读取这个文件。文件中的内容都不会被使用。请改正这一行附近的错误：
config-problem-unknown-field = 未知的设置，已忽略。请检查拼写。
config-problem-wrong-type = 值的类型不对。应为：
config-problem-bad-url = 链接必须以 https:// 开头
config-problem-bad-path = 标志必须是本网站中图片文件的路径，例如 local/logo.svg。
config-problem-unknown-step = 未知的路线步骤或指南主题，已忽略：
config-problem-unknown-locale = 未知或未启用的语言代码，已忽略：
config-problem-bad-colour = 颜色必须写成 #rrggbb，例如 #0b5394。
config-problem-low-contrast = 这个颜色在白色背景上太浅，不便阅读（需要 4.5:1）。对比度：
config-problem-out-of-range = 数字超出范围。允许的范围：
config-problem-missing = 缺少这个必需的设置，所以这一部分被忽略。
config-problem-unknown-country = 未知的国家，所以使用芬兰。芬兰请写 "fi"，瑞典请写 "se"：
config-problem-bad-id = 市镇标识只能包含小写字母 a–z、数字和连字符，并且每个标识只能列出一次。已忽略：
config-problem-site-only = 这个设置适用于整个网站。请把它写在 municipality.toml 中，不要写在某个市镇自己的文件中。
admin-file-unreadable = 无法读取这个文件。请检查它是否在 municipalities/ 文件夹中，以及它的文件名是否是 municipality.toml 中列出的标识。

# 设置检查页面中关于文本文件的部分。
admin-texts-title = 文本文件
admin-texts-intro = 文本在 .ftl 文件中。有错误的条目会被跳过，应用在那里显示英文文本。
admin-texts-checking = 正在检查文本文件…
admin-texts-none = 文本文件中没有问题。
admin-texts-where = { $path }，第 { $line } 行：
admin-texts-broken = 这个条目有错误，已被跳过。它周围的文本仍然可以正常使用。
admin-texts-unavailable = 无法加载这个文件。
