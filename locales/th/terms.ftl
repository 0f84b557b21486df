# แปลด้วยเครื่องจากภาษาอังกฤษ ชื่อหน่วยงานและบริการในรูปแบบ Fluent term:
# แต่ละชื่อเขียนไว้ที่นี่เพียงครั้งเดียว ไฟล์อื่นใช้ { -kela } และชื่ออื่น ๆ
#
# id ของ term เหมือนกับ locales/en/terms.ftl ข้อความเลือกรูปแบบได้ด้วย
# { -hyvinvointialue(case: "with-finnish") } รูปแบบที่ไม่มีที่นี่จะใช้รูปแบบหลัก (*)
# ภาษาไทยไม่มีการผันคำ จึงใช้เพียง:
#   with-finnish  ชื่อตามด้วยชื่อภาษาฟินแลนด์ในวงเล็บ ในที่ที่ผู้อ่านจะพบชื่อภาษาฟินแลนด์

## Authorities
-kela = Kela
-kela-full = สถาบันประกันสังคมฟินแลนด์
-migri = Migri
-migri-full = สำนักงานตรวจคนเข้าเมืองฟินแลนด์
-dvv = DVV
-dvv-full = สำนักงานบริการข้อมูลดิจิทัลและประชากร
-vero = Vero
-vero-full = กรมสรรพากรฟินแลนด์
-oph = OPH
-oph-full = สำนักงานการศึกษาแห่งชาติฟินแลนด์
# ตั้งแต่ 1 มกราคม 2026 ให้สิทธิประกอบวิชาชีพด้านสุขภาพและสังคม
# รับงานต่อจาก Valvira ซึ่งไม่มีอีกแล้ว
-lvv = { $case ->
   *[nominative] สำนักงานกำกับดูแลฟินแลนด์
    [with-finnish] สำนักงานกำกับดูแลฟินแลนด์ (Lupa- ja valvontavirasto)
}
-hatakeskuslaitos = { $case ->
   *[nominative] สำนักงานศูนย์รับแจ้งเหตุฉุกเฉิน
    [with-finnish] สำนักงานศูนย์รับแจ้งเหตุฉุกเฉิน (Hätäkeskuslaitos)
}
-traficom = Traficom
-traficom-full = สำนักงานการขนส่งและการสื่อสารฟินแลนด์

## Ministries
-sisaministerio = { $case ->
   *[nominative] กระทรวงมหาดไทยฟินแลนด์
    [with-finnish] กระทรวงมหาดไทยฟินแลนด์ (Sisäministeriö)
}
-tem = { $case ->
   *[nominative] กระทรวงเศรษฐกิจและการจ้างงานฟินแลนด์
    [with-finnish] กระทรวงเศรษฐกิจและการจ้างงานฟินแลนด์ (Työ- ja elinkeinoministeriö)
}

## Public services
-hyvinvointialue = { $case ->
   *[nominative] เขตบริการสวัสดิการ
    [with-finnish] เขตบริการสวัสดิการ (hyvinvointialue)
}
-tyollisyyspalvelut = { $case ->
   *[nominative] บริการจัดหางาน
    [with-finnish] บริการจัดหางาน (työllisyyspalvelut)
}
-paivystysapu = { $case ->
   *[nominative] สายด่วนปรึกษาทางการแพทย์
    [with-finnish] สายด่วนปรึกษาทางการแพทย์ (Päivystysapu)
}
-myrkytystietokeskus = { $case ->
   *[nominative] ศูนย์ข้อมูลสารพิษ
    [with-finnish] ศูนย์ข้อมูลสารพิษ (Myrkytystietokeskus)
}
-simhe = SIMHE
# จุดบริการที่ดูแลเรื่องใบขับขี่
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
-tyomarkkinatori = { $case ->
   *[nominative] ตลาดงานฟินแลนด์
    [with-finnish] ตลาดงานฟินแลนด์ (Työmarkkinatori)
}
-app-112-suomi = 112 Suomi
# บริการออนไลน์ของสำนักงานตรวจคนเข้าเมืองฟินแลนด์
-enter-finland = Enter Finland
# ฐานข้อมูลกฎหมายฟินแลนด์ออนไลน์
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
