# แปลด้วยเครื่องจากภาษาอังกฤษ ข้อความในหน้าแอป มีคีย์เหมือนกับไฟล์ภาษาอังกฤษทุกคีย์
# ตัวแปรในวงเล็บปีกกา เช่น { $count } แอปจะเติมให้: อย่าเปลี่ยน

## Shell
app-name = มาใหม่ในฟินแลนด์
skip-to-content = ข้ามไปยังเนื้อหา
nav-label = เมนูหลัก
nav-guide = คู่มือ
nav-language = ภาษา
nav-municipality = เทศบาล
nav-municipality-none = ยังไม่ได้เลือก
breadcrumb-label = คุณอยู่ที่นี่
footer-privacy = ทุกอย่างที่คุณทำที่นี่จะอยู่ในอุปกรณ์นี้เท่านั้น ไม่มีข้อมูลใดถูกส่งออกไป
footer-disclaimer = คู่มือนี้ให้ข้อมูลทั่วไป หน่วยงานราชการเป็นผู้ตัดสินเรื่องของคุณ
opens-new-tab = เปิดในแท็บใหม่

## Notices
notice-machine = ข้อความนี้แปลด้วยเครื่องและอาจมีข้อผิดพลาด หากมีสิ่งใดไม่ชัดเจน ให้ถามเจ้าหน้าที่หรือดูที่เว็บไซต์ทางการ โปรดแจ้งเราเมื่อพบข้อผิดพลาด เพื่อให้เราแก้ไขได้
notice-text-gaps = ข้อความบางส่วนยังไม่มีในภาษาของคุณ จึงแสดงเป็นภาษาอังกฤษ
notice-checklist-reset = ไม่สามารถอ่านรายการตรวจสอบที่คุณบันทึกไว้ได้ จึงล้างรายการแล้ว โปรดทำเครื่องหมายขั้นตอนของคุณอีกครั้ง
notice-storage-blocked = เบราว์เซอร์นี้ไม่อนุญาตให้คู่มือบันทึกสิ่งใด สิ่งที่คุณทำที่นี่จะเก็บไว้จนกว่าคุณจะปิดหน้านี้เท่านั้น

## Loading (the first screen, while a page the person chose is on its way)
loading = กำลังโหลด…

## Language screen
language-title = เลือกภาษาของคุณ
language-intro = แตะที่ภาษาของคุณ คุณเปลี่ยนภาษาได้ภายหลังจากเมนูด้านบน
language-suggested = ภาษาที่แนะนำสำหรับอุปกรณ์นี้

## Municipality screen (a site for several municipalities)
municipality-title = เลือกเทศบาลของคุณ
municipality-intro = เลือกเทศบาลที่คุณอาศัยอยู่ แล้วคู่มือจะแสดงสำนักงานและข้อมูลในพื้นที่ของเทศบาลนั้น คุณเปลี่ยนเทศบาลได้ภายหลังจากเมนูด้านบน

## Start page
home-title = ยินดีต้อนรับสู่ฟินแลนด์
home-intro = คู่มือนี้ช่วยคุณในช่วงเดือนแรก ๆ ที่ฟินแลนด์ อ่านเกี่ยวกับขั้นตอนแรกของคุณ บริการที่คุณใช้ได้ และที่ที่คุณขอความช่วยเหลือได้
home-guide-title = ข้อมูลพื้นฐาน
home-guide-text = ใบอนุญาต { -kela } งาน สุขภาพ ที่อยู่อาศัย โรงเรียน และอื่น ๆ
home-checklist-title = ขั้นตอนแรกของคุณ
home-help-title = ขอความช่วยเหลือได้ที่ไหน
home-help-text = บริการแนะแนวและให้คำปรึกษา สายด่วนช่วยเหลือ และหมายเลขฉุกเฉิน
home-privacy = คุณไม่ต้องเข้าสู่ระบบ สิ่งที่คุณทำเครื่องหมายจะบันทึกไว้ในอุปกรณ์นี้เท่านั้น

## Guide
guide-title = ข้อมูลพื้นฐาน
guide-intro = เลือกหัวข้อ หรือค้นหาคำ
guide-all-topics = หัวข้อทั้งหมด
search-label = ค้นหาในคู่มือ
search-button = ค้นหา
search-results = { $count ->
    [0] ไม่พบสิ่งใดสำหรับ “{ $query }”
   *[other] พบ { $count } หัวข้อสำหรับ “{ $query }”
}
search-none = ลองใช้คำอื่น หรือคำที่สั้นกว่านี้
search-none-help = ดูว่าขอความช่วยเหลือได้ที่ไหน

## Topic page
topic-back = หัวข้อทั้งหมด
topic-steps-heading = สิ่งที่ต้องทำ
topic-authority-heading = ใครเป็นผู้รับผิดชอบ
topic-name-fi = ในภาษาฟินแลนด์
topic-name-sv = ในภาษาสวีเดน
topic-phones-heading = หมายเลขโทรศัพท์
topic-last-checked = ตรวจสอบล่าสุด: { $date }
read-aloud = อ่านออกเสียง
read-aloud-stop = หยุดอ่าน
read-aloud-no-voice = อุปกรณ์นี้ไม่มีเสียงสำหรับอ่านภาษานี้ออกเสียง

## Checklist
checklist-heading = รายการตรวจสอบของคุณ
checklist-progress = ทำแล้ว { $done } จาก { $total } ขั้นตอน
checklist-read-more = อ่านเพิ่มเติม

## Not found
not-found-title = ไม่พบหน้านี้
not-found-text = เราไม่พบหน้านี้ ลิงก์อาจเก่าหรือพิมพ์ผิด
not-found-home = ไปที่หน้าแรก
not-found-guide = ดูหัวข้อทั้งหมดในคู่มือ

## Local offices (from the municipality's settings)
office-heading = สำนักงานในพื้นที่
office-address = ที่อยู่
office-phone = โทรศัพท์
office-hours = เวลาทำการ
office-website = เว็บไซต์
office-accessibility = การเข้าถึงสำหรับผู้พิการ
office-languages = ภาษาที่ให้บริการ

## Kiosk (shared device in a service point)
kiosk-finish = เสร็จสิ้นและล้างข้อมูล
kiosk-idle-title = คุณยังอยู่ที่นี่ไหม
kiosk-idle-text = เพื่อปกป้องความเป็นส่วนตัวของคุณ ทุกอย่างบนหน้าจอนี้จะถูกล้างใน { $seconds } วินาที
kiosk-still-here = ฉันยังอยู่ที่นี่
kiosk-qr-help = สแกนรหัสนี้ด้วยโทรศัพท์ของคุณเอง เพื่อนำคำตอบและเส้นทางของคุณไปด้วย ไม่มีสิ่งใดบันทึกไว้ในอุปกรณ์นี้
mine-title = คำตอบของคุณจากจุดบริการ
mine-intro = นี่คือคำตอบและเส้นทางที่คุณทำไว้ที่จุดบริการ ยังไม่ได้บันทึกไว้ในโทรศัพท์เครื่องนี้
mine-save = บันทึกไว้ในโทรศัพท์เครื่องนี้

## App updates
update-available = คู่มือนี้มีเวอร์ชันใหม่แล้ว
update-reload = อัปเดตเดี๋ยวนี้

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = คำถาม
qn-home-title = เตรียมตัวสำหรับการประเมินของคุณ
qn-home-text = ตอบคำถามเกี่ยวกับทักษะและแผนของคุณก่อนการนัดพบ
qn-deleted = ลบข้อมูลของคุณออกจากอุปกรณ์นี้แล้ว
qn-notice-migrated = คำตอบที่คุณบันทึกไว้ได้รับการปรับให้เข้ากับแอปเวอร์ชันนี้แล้ว
qn-notice-dropped = คำตอบที่บันทึกไว้บางข้อไม่ตรงกับคำถามอีกต่อไป จึงถูกลบออก โปรดตรวจสอบคำตอบของคุณ
pw-nav = เส้นทาง
