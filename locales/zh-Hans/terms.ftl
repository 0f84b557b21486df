# 机器翻译（从英文翻译）。机构和服务的名称，作为 Fluent 术语：每个名称只在这里写一次，
# 其他文件用 { -kela } 等方式引用。
#
# 术语 id 与 locales/en/terms.ftl 相同。消息可以用 { -hyvinvointialue(case: "with-finnish") }
# 选择一种写法；本文件没有列出的写法会使用默认（*）写法。中文没有格变化，只用：
#   with-finnish  名称后面用括号加上芬兰语名称，用在读者会看到芬兰语名称的地方

## Authorities
-kela = Kela
-kela-full = 芬兰国家社会保险局
-migri = Migri
-migri-full = 芬兰移民局
-dvv = DVV
-dvv-full = 数字和人口数据服务局
-vero = Vero
-vero-full = 芬兰税务管理局
-oph = OPH
-oph-full = 芬兰国家教育署
# 自 2026 年 1 月 1 日起，负责授予卫生和社会护理领域的执业权；接替了已不存在的 Valvira。
-lvv = { $case ->
   *[nominative] 芬兰监管局
    [with-finnish] 芬兰监管局（Lupa- ja valvontavirasto）
}
-hatakeskuslaitos = { $case ->
   *[nominative] 紧急呼叫中心管理局
    [with-finnish] 紧急呼叫中心管理局（Hätäkeskuslaitos）
}
-traficom = Traficom
-traficom-full = 芬兰交通和通信管理局

## Ministries
-sisaministerio = { $case ->
   *[nominative] 芬兰内政部
    [with-finnish] 芬兰内政部（Sisäministeriö）
}
-tem = { $case ->
   *[nominative] 芬兰经济事务和就业部
    [with-finnish] 芬兰经济事务和就业部（Työ- ja elinkeinoministeriö）
}

## Public services
-hyvinvointialue = { $case ->
   *[nominative] 福利服务区
    [with-finnish] 福利服务区（hyvinvointialue）
}
-tyollisyyspalvelut = { $case ->
   *[nominative] 就业服务
    [with-finnish] 就业服务（työllisyyspalvelut）
}
-paivystysapu = { $case ->
   *[nominative] 医疗咨询热线
    [with-finnish] 医疗咨询热线（Päivystysapu）
}
-myrkytystietokeskus = { $case ->
   *[nominative] 中毒信息中心
    [with-finnish] 中毒信息中心（Myrkytystietokeskus）
}
-simhe = SIMHE
# 办理驾驶执照的服务点。
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
-tyomarkkinatori = { $case ->
   *[nominative] 芬兰就业市场
    [with-finnish] 芬兰就业市场（Työmarkkinatori）
}
-app-112-suomi = 112 Suomi
# 芬兰移民局的在线服务。
-enter-finland = Enter Finland
# 芬兰法律的在线数据库。
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
