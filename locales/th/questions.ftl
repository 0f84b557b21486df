# แปลด้วยเครื่องจากภาษาอังกฤษ แบบสอบถามความต้องการ มีคีย์เหมือนกับไฟล์ภาษาอังกฤษทุกคีย์
# ตัวแปรในวงเล็บปีกกา เช่น { $count } แอปจะเติมให้: อย่าเปลี่ยน

## Start page and navigation
qn-title = เตรียมตัวสำหรับการประเมินของคุณ
qn-intro = ก่อนการนัดพบครั้งแรกเรื่องบริการส่งเสริมการปรับตัว คุณตอบคำถามเกี่ยวกับทักษะ แผน และชีวิตของคุณในตอนนี้ได้ แล้วการนัดพบจะเริ่มจากคำตอบของคุณได้
qn-how-long = ใช้เวลาประมาณ 15 นาที คุณหยุดและทำต่อภายหลังได้
qn-private = คำตอบของคุณอยู่ในอุปกรณ์นี้ ไม่มีข้อมูลใดถูกส่งออกไป คุณเป็นผู้ตัดสินใจเองว่าจะให้ใครดู
qn-skip-note = ตอบเฉพาะข้อที่คุณต้องการ บางคำถามมีตัวเลือก “ไม่ทราบ” “ข้าม” หรือ “ไม่ต้องการตอบ”
qn-start = เริ่ม
qn-continue = ทำต่อจากที่ค้างไว้
qn-start-again = เริ่มใหม่
qn-check-link = ตรวจสอบคำตอบของคุณ
qn-saved-count = { $count ->
   *[other] คุณตอบคำถามไปแล้ว { $count } ข้อ
}
qn-progress = ส่วนที่ { $part } จาก { $parts }: { $section }
qn-progress-label = ความคืบหน้า
qn-back = ย้อนกลับ
qn-continue-button = ต่อไป
qn-dont-know = ไม่ทราบ
qn-prefer-not = ไม่ต้องการตอบ
qn-skip = ข้ามคำถามนี้
qn-choose-all = เลือกทุกข้อที่ตรงกับคุณ
qn-month = เดือน
qn-year = ปี
qn-number = ตัวเลข
qn-your-answer = คำตอบของคุณ
qn-selected = เลือกแล้ว

## Check your answers
qn-check-title = ตรวจสอบคำตอบของคุณ
qn-check-intro = ดูคำตอบของคุณ คุณเปลี่ยนคำตอบข้อใดก็ได้
qn-change = เปลี่ยน
qn-answer-now = ตอบ
qn-not-answered = ยังไม่ได้ตอบ
qn-answer-dont-know = ไม่ทราบ
qn-answer-prefer-not = ไม่ต้องการตอบ
qn-answer-skipped = ข้ามแล้ว
qn-done-title = จะเกิดอะไรขึ้นต่อไป
qn-done-text = คำตอบของคุณบันทึกไว้ในอุปกรณ์นี้แล้ว แสดงคำตอบในวันนัดหมายของคุณ เจ้าหน้าที่ที่คุณพบจะตัดสินร่วมกับคุณว่าคุณต้องการบริการใด
qn-see-pathway = ดูเส้นทางที่แนะนำสำหรับคุณ

## Deleting
qn-delete = ลบข้อมูลของฉันออกจากอุปกรณ์นี้
qn-delete-confirm-title = ลบข้อมูลของคุณหรือไม่
qn-delete-confirm-text = การลบจะลบคำตอบ เครื่องหมายในรายการตรวจสอบ และภาษาที่คุณเลือกออกจากอุปกรณ์นี้ คุณยกเลิกการลบนี้ภายหลังไม่ได้
qn-delete-yes = ใช่ ลบเลย
qn-delete-cancel = ยกเลิก

## Notices about stored answers
qn-notice-discarded = อ่านคำตอบที่คุณบันทึกไว้ไม่ได้ จึงลบออกแล้ว โปรดตอบอีกครั้ง
qn-notice-newer = คำตอบที่คุณบันทึกไว้ทำด้วยแอปนี้เวอร์ชันที่ใหม่กว่า โปรดอัปเดตแอป หรือเปิดในเบราว์เซอร์ที่ทันสมัย คำตอบที่บันทึกไว้ไม่ได้ถูกเปลี่ยนแปลง

## Errors
error-summary = มีปัญหา
error-required = โปรดตอบคำถาม หรือเลือกตัวเลือกอื่นด้านล่าง
error-unknown-option = โปรดเลือกหนึ่งในตัวเลือก
error-exclusive = เลือกคำตอบนี้พร้อมกับคำตอบอื่นไม่ได้
error-not-a-number = โปรดเขียนตัวเลขเป็นเลขโดด เช่น 12
error-out-of-range = โปรดเขียนตัวเลขตั้งแต่ { $min } ถึง { $max }
error-year-too-early = โปรดเขียนปีตั้งแต่ { $min } ขึ้นไป
error-in-future = วันที่ต้องไม่อยู่ในอนาคต
error-month = โปรดเลือกเดือน
error-too-long = โปรดเขียนไม่เกิน { $max } ตัวอักษร

## Months
month-1 = มกราคม
month-2 = กุมภาพันธ์
month-3 = มีนาคม
month-4 = เมษายน
month-5 = พฤษภาคม
month-6 = มิถุนายน
month-7 = กรกฎาคม
month-8 = สิงหาคม
month-9 = กันยายน
month-10 = ตุลาคม
month-11 = พฤศจิกายน
month-12 = ธันวาคม

## Sections
section-about = เกี่ยวกับคุณ
section-languages = ภาษา
section-education = การศึกษา
section-work = งาน
section-skills = ทักษะและจุดแข็ง
section-goals = เป้าหมายของคุณ
section-life = ชีวิตของคุณในตอนนี้
section-wellbeing = สุขภาพและความเป็นอยู่
section-wellbeing-intro = คำถามเหล่านี้ไม่บังคับ เราถามเพราะสุขภาพอาจส่งผลต่อการเรียนและการทำงาน และมีความช่วยเหลือให้ คุณข้ามคำถามเหล่านี้หรือเลือก “ไม่ต้องการตอบ” ได้
section-appointment = การนัดหมายของคุณ

## Questions: about you
q-age-group = คุณอายุเท่าไร
q-residence-basis = คุณได้รับสิทธิอาศัยอยู่ในฟินแลนด์ด้วยเหตุผลใด
q-residence-basis-help = ดูที่บัตรใบอนุญาตพำนักหรือหนังสือรับรองการลงทะเบียนของคุณ ถ้าไม่แน่ใจ ให้เลือก “ไม่ทราบ”
q-permit-date = คุณได้รับใบอนุญาตพำนักฉบับแรกหรือลงทะเบียนครั้งแรกในฟินแลนด์เมื่อไร
q-permit-date-help = บริการส่งเสริมการปรับตัวมักมีให้ในช่วง 3 ปีแรกหลังจากวันที่นี้
q-municipality-registered = คุณมีเทศบาลภูมิลำเนาในฟินแลนด์หรือไม่
q-municipality-registered-help = หมายความว่าคุณลงทะเบียนว่าอาศัยอยู่ในเทศบาลแห่งหนึ่งในฟินแลนด์ { -dvv } เป็นผู้บันทึกข้อมูลนี้
q-first-steps-done = คุณมีสิ่งใดต่อไปนี้แล้วบ้าง
q-unaccompanied = คุณมาฟินแลนด์โดยไม่มีพ่อแม่หรือผู้ปกครองหรือไม่
q-unaccompanied-help = ผู้ปกครองคือผู้ใหญ่ที่รับผิดชอบคุณตามกฎหมาย

## Questions: languages
q-mother-tongue = ภาษาแม่ของคุณคือภาษาอะไร
q-mother-tongue-other = เขียนชื่อภาษาแม่ของคุณ
q-other-languages = คุณพูดภาษาอื่นอะไรได้บ้าง
q-finnish = คุณพูดภาษาฟินแลนด์ได้ดีแค่ไหน
q-swedish = คุณพูดภาษาสวีเดนได้ดีแค่ไหน
q-english = คุณพูดภาษาอังกฤษได้ดีแค่ไหน
q-read-own = คุณอ่านภาษาแม่ของคุณได้หรือไม่
q-write-own = คุณเขียนภาษาแม่ของคุณได้หรือไม่
q-latin-alphabet = คุณอ่านตัวอักษรเหล่านี้ได้หรือไม่: A B C D E
q-latin-alphabet-help = ภาษาฟินแลนด์ ภาษาสวีเดน และภาษาอังกฤษเขียนด้วยตัวอักษรเหล่านี้ (อักษรละติน)

## Questions: education
q-school-years = คุณไปโรงเรียนหรือเรียนหนังสือรวมทั้งหมดกี่ปี
q-school-years-help = นับทุกปี ตั้งแต่ประถมศึกษาจนถึงมหาวิทยาลัย ถ้าไม่แน่ใจ ให้กะประมาณให้ดีที่สุด
q-education-level = การศึกษาสูงสุดที่คุณเรียนจบคืออะไร
q-education-field = คุณเรียนด้านอะไร
q-education-country = คุณได้รับการศึกษานี้ที่ไหน
q-certificates = คุณมีใบรับรองหรือประกาศนียบัตรของคุณหรือไม่
q-certificates-help = เช่น ใบรับรองจากโรงเรียน ประกาศนียบัตร หรือใบปริญญา ที่เป็นกระดาษหรือเป็นไฟล์
q-unfinished-studies = คุณเคยเริ่มเรียนแล้วเรียนไม่จบหรือไม่

## Questions: work
q-has-worked = คุณเคยทำงานมาก่อนหรือไม่
q-work-fields = คุณเคยทำงานในด้านใดบ้าง
q-work-other = เขียนด้านหรืองานที่คุณเคยทำ
q-work-years = คุณทำงานมาแล้วรวมทั้งหมดกี่ปี
q-recent-work = งานล่าสุดของคุณคืออะไร
q-recent-work-help = เขียนชื่อตำแหน่งงาน เช่น “พยาบาล” หรือ “คนขับรถประจำทาง”
q-entrepreneur = คุณเคยมีธุรกิจของตนเองหรือไม่
q-driving-licence = คุณมีใบขับขี่หรือไม่
q-licence-class = ใบขับขี่ของคุณอนุญาตให้ขับยานพาหนะประเภทใด

## Questions: skills
q-phone-skills = คุณใช้สมาร์ตโฟนได้หรือไม่ เช่น ส่งข้อความและใช้แอป
q-computer-skills = คุณใช้คอมพิวเตอร์ได้หรือไม่
q-online-services = คุณใช้บริการออนไลน์ได้ด้วยตนเองหรือไม่
q-online-services-help = เช่น ธนาคารออนไลน์ การนัดเวลา หรือการกรอกแบบฟอร์มออนไลน์
q-strengths = คุณเก่งเรื่องอะไร

## Questions: goals
q-goals = คุณต้องการทำอะไรในฟินแลนด์ในอีกไม่กี่ปีข้างหน้า
q-main-goal = ข้อใดต่อไปนี้สำคัญที่สุดสำหรับคุณตอนนี้

## Questions: life now
q-jobseeker = คุณลงทะเบียนเป็นผู้หางานกับ{ -tyollisyyspalvelut }แล้วหรือไม่
q-jobseeker-help = คุณลงทะเบียนผ่าน{ -tyomarkkinatori(case: "with-finnish") } หรือที่{ -tyollisyyspalvelut }
q-social-assistance = คุณได้รับเงินช่วยเหลือทางสังคมหรือไม่
q-social-assistance-help = เงินช่วยเหลือทางสังคมคือเงินสำหรับความจำเป็นพื้นฐานเมื่อรายได้ของคุณไม่พอ { -kela } จ่ายเงินช่วยเหลือทางสังคมขั้นพื้นฐาน ถ้าคุณได้รับเงินนี้เป็นเวลานานหรือได้รับเป็นประจำ ปกติเทศบาลของคุณจะเป็นผู้รับผิดชอบบริการส่งเสริมการปรับตัวของคุณ
q-has-children = คุณมีลูกที่อาศัยอยู่กับคุณหรือไม่
q-children-ages = ลูกของคุณอายุเท่าไร
q-home-care-allowance = คุณได้รับเงินช่วยเหลือการเลี้ยงดูบุตรที่บ้านจาก { -kela } หรือไม่
q-home-care-allowance-help = นี่คือเงินจาก { -kela } เมื่อคุณเลี้ยงดูลูกอายุต่ำกว่า 3 ปีที่บ้าน
q-housing = ตอนนี้คุณอาศัยอยู่ที่ไหน
q-urgent = คุณต้องการความช่วยเหลือเรื่องใดอย่างเร่งด่วนหรือไม่

## Questions: wellbeing
q-health-affects = สุขภาพของคุณหรือเรื่องอื่นทำให้การเรียนหรือการทำงานเป็นเรื่องยากสำหรับคุณหรือไม่
q-talk-to-someone = คุณต้องการพูดคุยกับใครสักคนเรื่องสุขภาพหรือความเป็นอยู่ของคุณหรือไม่

## Questions: appointment
q-appointment-language = คุณต้องการใช้ภาษาใดในการนัดหมาย
q-interpreter = คุณต้องการล่ามในการนัดหมายหรือไม่
q-interpreter-language = ล่ามควรพูดภาษาอะไร
q-contact-way = คุณต้องการให้สำนักงานติดต่อคุณอย่างไร
q-contact-way-help = อย่าเขียนข้อมูลติดต่อของคุณที่นี่ คุณให้ข้อมูลนั้นที่สำนักงาน

## Options
opt-yesno-yes = ใช่
opt-yesno-no = ไม่
opt-firststeps-identity-code = รหัสประจำตัวบุคคลของฟินแลนด์
opt-firststeps-kela-card = บัตร { -kela }
opt-firststeps-tax-card = บัตรภาษี
opt-firststeps-bank-account = บัญชีธนาคาร
opt-firststeps-none = ยังไม่มีสิ่งใดเลย
opt-age-under-18 = ต่ำกว่า 18 ปี
opt-age-18-29 = 18 ถึง 29 ปี
opt-age-30-44 = 30 ถึง 44 ปี
opt-age-45-64 = 45 ถึง 64 ปี
opt-age-65-plus = 65 ปีขึ้นไป
opt-residence-protection = ความคุ้มครองระหว่างประเทศ (การลี้ภัย สถานะผู้ลี้ภัย)
opt-residence-family = ความสัมพันธ์ทางครอบครัว
opt-residence-work = งาน
opt-residence-study = การเรียน
opt-residence-eu = พลเมืองสหภาพยุโรปหรือประเทศนอร์ดิกที่ลงทะเบียนแล้ว
opt-residence-temporary-protection = ความคุ้มครองชั่วคราว
opt-residence-other = เหตุผลอื่น
opt-residence-protection-family = สมาชิกครอบครัวของผู้ที่ได้รับความคุ้มครองระหว่างประเทศ
opt-residence-trafficking = ผู้เสียหายจากการค้ามนุษย์ (มีคนบังคับให้คุณทำงานหรือทำสิ่งอื่น)
opt-socialassist-lasting = ใช่ เป็นเวลานานหรือเป็นประจำ
opt-socialassist-short-term = ใช่ ครั้งเดียวหรือช่วงสั้น ๆ
opt-socialassist-no = ไม่ได้รับ
opt-socialassist-yes = ใช่ (ไม่ได้บอกว่านานเท่าไร)
opt-language-arabic = ภาษาอาหรับ
opt-language-dari = ภาษาดารี
opt-language-farsi = ภาษาเปอร์เซีย (ฟาร์ซี)
opt-language-kurdish = ภาษาเคิร์ด
opt-language-pashto = ภาษาปาชโต
opt-language-somali = ภาษาโซมาลี
opt-language-tigrinya = ภาษาทีกรินยา
opt-language-amharic = ภาษาอัมฮาริก
opt-language-swahili = ภาษาสวาฮีลี
opt-language-russian = ภาษารัสเซีย
opt-language-ukrainian = ภาษายูเครน
opt-language-estonian = ภาษาเอสโตเนีย
opt-language-albanian = ภาษาแอลเบเนีย
opt-language-turkish = ภาษาตุรกี
opt-language-vietnamese = ภาษาเวียดนาม
opt-language-thai = ภาษาไทย
opt-language-chinese = ภาษาจีน
opt-language-english = ภาษาอังกฤษ
opt-language-french = ภาษาฝรั่งเศส
opt-language-spanish = ภาษาสเปน
opt-language-other = ภาษาอื่น
opt-level-none = ฉันยังพูดไม่ได้
opt-level-words = ฉันรู้คำศัพท์และวลีบางส่วน
opt-level-everyday = ฉันพอใช้สื่อสารในชีวิตประจำวันได้ เช่น ตอนซื้อของ
opt-level-work = ฉันจัดการสถานการณ์ส่วนใหญ่ในที่ทำงานได้
opt-howwell-well = ได้ และทำได้ดี
opt-howwell-a-little = ได้นิดหน่อย
opt-howwell-no = ไม่ได้
opt-edu-none = ฉันไม่ได้ไปโรงเรียน
opt-edu-primary = ประถมศึกษา
opt-edu-lower-secondary = มัธยมศึกษาตอนต้น (จนถึงอายุประมาณ 15 ปี)
opt-edu-upper-secondary = มัธยมศึกษาตอนปลาย
opt-edu-vocational = โรงเรียนอาชีวศึกษา (ฝึกอบรมวิชาชีพ)
opt-edu-bachelor = มหาวิทยาลัยหรือวิทยาลัย ระดับปริญญาตรี
opt-edu-master = มหาวิทยาลัย ระดับปริญญาโท
opt-edu-doctorate = ปริญญาเอก
opt-field-office = งานสำนักงานและงานธุรการ
opt-field-sales = งานขายและร้านค้า
opt-field-cleaning = งานทำความสะอาด
opt-field-construction = งานก่อสร้าง
opt-field-manufacturing = งานโรงงานและการผลิต
opt-field-transport = งานขนส่งและการขับรถ
opt-field-restaurant = ร้านอาหาร ร้านกาแฟ และห้องครัว
opt-field-health = งานด้านสุขภาพ
opt-field-social-care = งานด้านสังคมและการดูแลผู้สูงอายุ
opt-field-childcare = งานดูแลเด็ก
opt-field-teaching = งานสอนและการศึกษา
opt-field-ict = คอมพิวเตอร์และไอที
opt-field-engineering = วิศวกรรมและเทคโนโลยี
opt-field-agriculture = เกษตรกรรม การทำสวน และป่าไม้
opt-field-beauty = งานทำผมและความงาม
opt-field-security = งานรักษาความปลอดภัย
opt-field-repair = งานซ่อมแซมและบำรุงรักษา
opt-field-arts = ศิลปะ สื่อ และวัฒนธรรม
opt-field-science = วิทยาศาสตร์และการวิจัย
opt-field-law = กฎหมาย เศรษฐศาสตร์ และธุรกิจ
opt-field-other = ด้านอื่น
opt-country-finland = ในฟินแลนด์
opt-country-eu = ในประเทศอื่นในสหภาพยุโรปหรือประเทศนอร์ดิก
opt-country-other = ในประเทศอื่น
opt-certificates-yes = มี ครบทั้งหมด
opt-certificates-some = มีบางส่วน
opt-certificates-no = ไม่มี
opt-years-under-1 = น้อยกว่า 1 ปี
opt-years-1-2 = 1 ถึง 2 ปี
opt-years-3-5 = 3 ถึง 5 ปี
opt-years-6-10 = 6 ถึง 10 ปี
opt-years-over-10 = มากกว่า 10 ปี
opt-licence-b = รถยนต์
opt-licence-c = รถบรรทุก
opt-licence-d = รถโดยสาร
opt-licence-a = รถจักรยานยนต์
opt-licence-other = ยานพาหนะอื่น
opt-strength-teamwork = การทำงานร่วมกับผู้อื่น
opt-strength-customer-service = การบริการลูกค้า
opt-strength-caring = การดูแลผู้คน
opt-strength-handcrafts = งานที่ใช้มือ
opt-strength-technical = เครื่องจักรและเทคโนโลยี
opt-strength-cooking = การทำอาหาร
opt-strength-organising = การวางแผนและการจัดการ
opt-strength-teaching = การสอนและการอธิบาย
opt-strength-languages = การเรียนภาษา
opt-strength-art = ศิลปะ ดนตรี หรือการออกแบบ
opt-strength-sports = กีฬา
opt-goal-work-soon = หางานให้ได้เร็ว ๆ
opt-goal-vocational = เรียนสายอาชีพ (อาชีวศึกษา)
opt-goal-university = เรียนที่มหาวิทยาลัย
opt-goal-business = เริ่มธุรกิจของตนเอง
opt-goal-language-first = เรียนภาษาก่อน
opt-goal-family = ดูแลครอบครัวไปก่อนในตอนนี้
opt-goal-not-sure = ฉันยังไม่แน่ใจ
opt-childage-under-3 = ต่ำกว่า 3 ปี
opt-childage-3-6 = 3 ถึง 6 ปี
opt-childage-7-15 = 7 ถึง 15 ปี
opt-childage-16-17 = 16 ถึง 17 ปี
opt-housing-own-rental = ในบ้านของฉันเองที่เช่าหรือเป็นเจ้าของ
opt-housing-temporary = ในที่พักชั่วคราว เช่น กับเพื่อน หรือที่ศูนย์แรกรับ
opt-housing-none = ฉันไม่มีที่อยู่อาศัย
opt-urgent-money = เงินค่าอาหารหรือค่าบิล
opt-urgent-housing = ที่อยู่อาศัย
opt-urgent-health = สุขภาพ
opt-urgent-safety = ความปลอดภัย: ฉันหรือครอบครัวของฉันไม่ปลอดภัย
opt-urgent-family-reunification = การพาครอบครัวของฉันมาฟินแลนด์
opt-urgent-legal-advice = คำปรึกษาด้านกฎหมาย
opt-urgent-none = ไม่ ไม่มีเรื่องเร่งด่วน
opt-affects-no = ไม่
opt-affects-a-little = นิดหน่อย
opt-affects-a-lot = มาก
opt-apptlang-finnish = ภาษาฟินแลนด์
opt-apptlang-swedish = ภาษาสวีเดน
opt-apptlang-english = ภาษาอังกฤษ
opt-apptlang-own = ภาษาของฉันเอง โดยมีล่าม
opt-contact-phone = โทรศัพท์
opt-contact-text-message = ข้อความสั้นทางโทรศัพท์ (เอสเอ็มเอส)
opt-contact-email = อีเมล
opt-contact-letter = จดหมาย
opt-contact-in-person = ฉันจะไปที่สำนักงานเอง
