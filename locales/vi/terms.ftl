# Bản dịch máy từ tiếng Anh. Tên các cơ quan và dịch vụ, dưới dạng thuật ngữ Fluent:
# mỗi tên chỉ viết một lần ở đây, các tệp khác dùng { -kela } và những tên khác.
#
# Các id thuật ngữ giống với locales/en/terms.ftl. Tin nhắn chọn một dạng bằng
# { -hyvinvointialue(case: "with-finnish") }; dạng không có ở đây sẽ dùng dạng mặc định (*).
# Tiếng Việt không có cách ngữ pháp, chỉ dùng:
#   capital       tên viết hoa chữ đầu, ở đầu câu hoặc đầu tiêu đề
#   with-finnish  tên kèm tên tiếng Phần Lan trong ngoặc, ở nơi người đọc sẽ gặp tên tiếng Phần Lan

## Authorities
-kela = Kela
-kela-full = Cơ quan Bảo hiểm Xã hội Phần Lan
-migri = Migri
-migri-full = Cục Di trú Phần Lan
-dvv = DVV
-dvv-full = Cơ quan Dịch vụ Dữ liệu Số và Dân số
-vero = Vero
-vero-full = Cục Thuế Phần Lan
-oph = OPH
-oph-full = Cơ quan Giáo dục Quốc gia Phần Lan
# Từ ngày 1 tháng 1 năm 2026, cơ quan này cấp quyền hành nghề trong ngành y tế và xã hội;
# cơ quan này tiếp nhận công việc của Valvira, nay không còn nữa.
-lvv = { $case ->
   *[nominative] Cơ quan Giám sát Phần Lan
    [with-finnish] Cơ quan Giám sát Phần Lan (Lupa- ja valvontavirasto)
}
-hatakeskuslaitos = { $case ->
   *[nominative] Cơ quan Trung tâm Cấp cứu Phần Lan
    [with-finnish] Cơ quan Trung tâm Cấp cứu Phần Lan (Hätäkeskuslaitos)
}
-traficom = Traficom
-traficom-full = Cơ quan Giao thông và Truyền thông Phần Lan

## Ministries
-sisaministerio = { $case ->
   *[nominative] Bộ Nội vụ Phần Lan
    [with-finnish] Bộ Nội vụ Phần Lan (Sisäministeriö)
}
-tem = { $case ->
   *[nominative] Bộ Kinh tế và Việc làm Phần Lan
    [with-finnish] Bộ Kinh tế và Việc làm Phần Lan (Työ- ja elinkeinoministeriö)
}

## Public services
-hyvinvointialue = { $case ->
   *[nominative] vùng dịch vụ phúc lợi
    [capital] Vùng dịch vụ phúc lợi
    [with-finnish] vùng dịch vụ phúc lợi (hyvinvointialue)
}
-tyollisyyspalvelut = { $case ->
   *[nominative] dịch vụ việc làm
    [capital] Dịch vụ việc làm
    [with-finnish] dịch vụ việc làm (työllisyyspalvelut)
}
-paivystysapu = { $case ->
   *[nominative] đường dây tư vấn y tế
    [capital] Đường dây tư vấn y tế
    [with-finnish] đường dây tư vấn y tế (Päivystysapu)
}
-myrkytystietokeskus = { $case ->
   *[nominative] Trung tâm Thông tin Chống độc
    [with-finnish] Trung tâm Thông tin Chống độc (Myrkytystietokeskus)
}
-simhe = SIMHE
# Các điểm dịch vụ lo việc giấy phép lái xe.
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
-tyomarkkinatori = { $case ->
   *[nominative] Thị trường Việc làm Phần Lan
    [with-finnish] Thị trường Việc làm Phần Lan (Työmarkkinatori)
}
-app-112-suomi = 112 Suomi
# Dịch vụ trực tuyến của Cục Di trú Phần Lan.
-enter-finland = Enter Finland
# Cơ sở dữ liệu trực tuyến về luật pháp Phần Lan.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
