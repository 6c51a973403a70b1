<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AdmitDialog</name>
    <message>
        <location filename="../../votingapp/gui/admit_dialog.py" line="+31"/>
        <location line="+1"/>
        <source>Admit a station</source>
        <translation>قبول محطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the fingerprint with the one the station shows on its screen before admitting it. An admitted station can register voters and seal blocks.</source>
        <translation>قارن البصمة بالبصمة التي تعرضها المحطة على شاشتها قبل قبولها. يمكن للمحطة المقبولة تسجيل الناخبين وختم الكتل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explanation</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stations waiting for admission</source>
        <translation>المحطات التي تنتظر القبول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}
Fingerprint: {fingerprint}</source>
        <translation>{name}
البصمة: {fingerprint}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no connected station waits; type its key below)</source>
        <translation>(لا توجد محطة متصلة تنتظر؛ اكتب مفتاحها أدناه)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Waiting:</source>
        <translation>&amp;بالانتظار:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station key</source>
        <translation>مفتاح المحطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>64 hexadecimal digits (node-id of that station)</source>
        <translation>64 رقمًا سداسيًا عشريًا (node-id لتلك المحطة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station &amp;key:</source>
        <translation>م&amp;فتاح المحطة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station name</source>
        <translation>اسم المحطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint of the key</source>
        <translation>بصمة المفتاح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Admit</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admit</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>AudioBallot</name>
    <message>
        <location filename="../../votingapp/gui/booth_audio.py" line="+170"/>
        <source>no speech engine is installed</source>
        <translation>لا يوجد محرك نطق مثبّت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audio ballot on: F1 repeats, F2 blanks the screen</source>
        <translation>الاقتراع الصوتي مفعّل: F1 للإعادة، وF2 لإخفاء الشاشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio ballot (headphones): press F1</source>
        <translation>الاقتراع الصوتي (سماعات الرأس): اضغط F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio ballot</source>
        <translation>الاقتراع الصوتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio ballot status</source>
        <translation>حالة الاقتراع الصوتي</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The audio ballot is not available on this machine ({reason}). You can vote on screen; please ask a poll worker for help.</source>
        <translation>الاقتراع الصوتي غير متاح على هذا الجهاز ({reason}). يمكنك التصويت على الشاشة؛ ويرجى طلب المساعدة من أحد موظفي مركز الاقتراع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put on the headphones and press F1 to hear the ballot read aloud.</source>
        <translation>ضع سماعات الرأس واضغط F1 لسماع ورقة الاقتراع بصوت مسموع.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Audio ballot.</source>
        <translation>الاقتراع الصوتي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The screen is blanked for your privacy. Press F2 to show it, and again to blank it.</source>
        <translation>الشاشة مخفية حفاظًا على سرية تصويتك. اضغط F2 لإظهارها، ومرة أخرى لإخفائها.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Starting the audio ballot…</source>
        <translation>جارٍ بدء الاقتراع الصوتي…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>For the audio ballot, press F1: the second key from the left in the top row.</source>
        <translation>للاقتراع الصوتي، اضغط F1: المفتاح الثاني من اليسار في الصف العلوي.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The screen is shown.</source>
        <translation>الشاشة ظاهرة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The screen is blanked.</source>
        <translation>الشاشة مخفية.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>There are {n} options.</source>
        <translation>عدد الخيارات {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option {number}: {option}.</source>
        <translation>الخيار {number}: {option}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen: option {number}, {option}.</source>
        <translation>الاختيار: الخيار {number}، {option}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan the code on your voter slip, or type your voter ID, then press Return.</source>
        <translation>امسح الرمز الموجود على بطاقة الناخب، أو اكتب معرّف الناخب الخاص بك، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The up and down arrows change the language.</source>
        <translation>يغيّر السهمان للأعلى وللأسفل اللغة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F1 at any time to hear a page again.</source>
        <translation>اضغط F1 في أي وقت لسماع الصفحة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the number of an option, or use the up and down arrows, to choose it. Then press Return to review your choice.</source>
        <translation>اضغط رقم الخيار، أو استخدم السهمين للأعلى وللأسفل، لاختياره. ثم اضغط Enter لمراجعة اختيارك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Return to encrypt your choice.</source>
        <translation>اضغط Enter لتشفير اختيارك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Return to cast your vote.</source>
        <translation>اضغط Enter للإدلاء بصوتك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the left arrow to change your choice.</source>
        <translation>اضغط السهم الأيسر لتغيير اختيارك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Return to cast your ballot.</source>
        <translation>اضغط Enter للإدلاء بورقة اقتراعك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or press the left arrow to check this machine: the ballot is then opened, never counted, and you vote again.</source>
        <translation>أو اضغط السهم الأيسر للتحقق من هذا الجهاز: تُفتح ورقة الاقتراع عندئذٍ، ولا تُحتسب أبدًا، وتصوّت من جديد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Return to vote again.</source>
        <translation>اضغط Enter للتصويت من جديد.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press the left arrow to leave without voting.</source>
        <translation>اضغط السهم الأيسر للمغادرة دون تصويت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Return when you are done.</source>
        <translation>اضغط Enter عند الانتهاء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Return to start again.</source>
        <translation>اضغط Enter للبدء من جديد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Option {number} of {count}: {option}. Chosen.</source>
        <translation>الخيار {number} من {count}: {option}. تم اختياره.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Return to review your choice.</source>
        <translation>اضغط Enter لمراجعة اختيارك.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>There is no option {number}: there are {n} options.</source>
        <translation>لا يوجد خيار رقم {number}: عدد الخيارات {n}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an option first: press its number, or use the up and down arrows.</source>
        <translation>اختر خيارًا أولًا: اضغط رقمه، أو استخدم السهمين للأعلى وللأسفل.</translation>
    </message>
</context>
<context>
    <name>BallotFlow</name>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="+179"/>
        <source>Ballot</source>
        <translation>ورقة الاقتراع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot steps</source>
        <translation>خطوات الاقتراع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election title</source>
        <translation>عنوان الانتخاب</translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="+95"/>
        <source>A voter ID has only letters and digits: check the last character typed.</source>
        <translation>لا يحتوي معرّف الناخب إلا على حروف وأرقام: تحقق من آخر حرف كتبته.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long: a voter ID has {n} letters and digits.</source>
        <translation>طويل جدًا: يتكون معرّف الناخب من {n} حرفًا ورقمًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This voter ID has a typing mistake: check every character.</source>
        <translation>في معرّف الناخب هذا خطأ في الكتابة: تحقق من كل حرف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A voter ID has {n} letters and digits.</source>
        <translation>يتكون معرّف الناخب من {n} حرفًا ورقمًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} of {n} characters</source>
        <translation>{count} من {n} حرفًا</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Checking your voter ID…</source>
        <translation>جارٍ التحقق من معرّف الناخب…</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Recording your vote…</source>
        <translation>جارٍ تسجيل صوتك…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting your ballot…</source>
        <translation>جارٍ تشفير ورقة اقتراعك…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening your ballot for checking…</source>
        <translation>جارٍ فتح ورقة اقتراعك للتحقق…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>To check this machine, scan this code or copy this text on any other station: Results → “Check a ballot”, or the command “votingapp check-ballot”. It must say that the booth encrypted “{choice}”, the option you chose. If it does not, tell a poll worker. Then vote again: your vote is not cast yet.</source>
        <translation>للتحقق من هذا الجهاز، امسح هذا الرمز أو انسخ هذا النص على أي محطة أخرى: النتائج ← «التحقق من ورقة اقتراع»، أو الأمر «votingapp check-ballot». يجب أن تبيّن النتيجة أن المعزل شفّر «{choice}»، وهو الخيار الذي اخترته. وإن لم يكن كذلك، فأبلغ أحد موظفي مركز الاقتراع. ثم صوّت من جديد: لم يُدلَ بصوتك بعد.</translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/ballot_flow.py" line="+187"/>
        <source>(too long for a QR code: use the text)</source>
        <translation>(أطول من أن يتسع له رمز QR: استخدم النص)</translation>
    </message>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="-170"/>
        <source>Voter ID complete. Press Enter to continue.</source>
        <translation>اكتمل معرّف الناخب. اضغط Enter للمتابعة.</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>This screen clears itself in {n} s.</source>
        <translation>ستُمسح هذه الشاشة تلقائيًا بعد {n} ث.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unknown voter ID</source>
        <translation>معرّف ناخب غير معروف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This is not a valid voter ID. Check it for typing mistakes, or ask a poll worker.</source>
        <translation>هذا ليس معرّف ناخب صالحًا. تحقق من عدم وجود أخطاء في الكتابة، أو اطلب المساعدة من أحد موظفي مركز الاقتراع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not registered yet</source>
        <translation>غير مسجّل بعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This voter ID is not registered (yet). If you were registered just now, wait a moment and try again, or ask a poll worker.</source>
        <translation>معرّف الناخب هذا غير مسجّل (بعد). إذا سُجّلت للتو، فانتظر لحظة ثم حاول مجددًا، أو اطلب المساعدة من أحد موظفي مركز الاقتراع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already voted</source>
        <translation>سبق التصويت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A vote was already cast with this voter ID. Each voter votes once. Ask a poll worker if this is wrong.</source>
        <translation>سبق الإدلاء بصوت بمعرّف الناخب هذا. يصوّت كل ناخب مرة واحدة. اطلب المساعدة من أحد موظفي مركز الاقتراع إذا كان في ذلك خطأ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The election is closed</source>
        <translation>الاقتراع مغلق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No more votes can be cast.</source>
        <translation>لم يعد ممكنًا الإدلاء بأي صوت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The election is not open yet</source>
        <translation>الاقتراع لم يُفتح بعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Votes can be cast once the election opens.</source>
        <translation>يمكن الإدلاء بالأصوات بعد فتح الاقتراع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown option</source>
        <translation>خيار غير معروف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>That option is not on this ballot.</source>
        <translation>هذا الخيار غير موجود في ورقة الاقتراع هذه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The election key is not ready yet</source>
        <translation>مفتاح الانتخاب ليس جاهزًا بعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The trustee stations have not finished making the election key: ballots can be cast once they have. Please ask a poll worker.</source>
        <translation>لم تنتهِ محطات الأمناء من إنشاء مفتاح الانتخاب: يمكن الإدلاء بالأصوات بعد انتهائها. يرجى طلب المساعدة من أحد موظفي مركز الاقتراع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The election key could not be made</source>
        <translation>تعذّر إنشاء مفتاح الانتخاب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The trustee stations&apos; key ceremony stopped: no ballot can be cast. Please ask a poll worker.</source>
        <translation>توقفت مراسم المفاتيح لدى محطات الأمناء: لا يمكن الإدلاء بأي ورقة اقتراع. يرجى طلب المساعدة من أحد موظفي مركز الاقتراع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your vote could not be recorded</source>
        <translation>تعذّر تسجيل صوتك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Please ask a poll worker. ({reason})</source>
        <translation>يرجى طلب المساعدة من أحد موظفي مركز الاقتراع. ({reason})</translation>
    </message>
</context>
<context>
    <name>BallotWindow</name>
    <message>
        <location filename="../../votingapp/gui/ballot_window.py" line="+77"/>
        <source>Voting booth — {title}</source>
        <translation>معزل الاقتراع — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting booth</source>
        <translation>معزل الاقتراع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Still there? Touch the screen or press a key to continue.
This screen clears itself in {n} s.</source>
        <translation>هل ما زلت هنا؟ المس الشاشة أو اضغط أي مفتاح للمتابعة.
ستُمسح هذه الشاشة تلقائيًا بعد {n} ث.</translation>
    </message>
</context>
<context>
    <name>CastOrCheckPage</name>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="-200"/>
        <location line="+7"/>
        <source>Cast or check</source>
        <translation>الإدلاء أو التحقق</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Your ballot is encrypted. Its tracking code:</source>
        <translation>ورقة اقتراعك مشفّرة. رمز تتبعها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your ballot is encrypted</source>
        <translation>ورقة اقتراعك مشفّرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking code</source>
        <translation>رمز التتبع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cast your ballot, or check this machine first: a checked ballot is opened to show that it holds your choice, it is never counted, and you then vote again. Once cast, your vote cannot be changed.</source>
        <translation>أدلِ بورقة اقتراعك، أو تحقق من هذا الجهاز أولًا: الورقة التي يجري التحقق منها تُفتح لتبيّن أنها تحمل اختيارك، ولا تُحتسب أبدًا، ثم تصوّت من جديد. لا يمكن تغيير صوتك بعد الإدلاء به.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check this &amp;machine</source>
        <translation>التحقق من هذا ال&amp;جهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this machine</source>
        <translation>التحقق من هذا الجهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast my &amp;ballot</source>
        <translation>الإدلاء ب&amp;ورقة اقتراعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast my ballot</source>
        <translation>الإدلاء بورقة اقتراعي</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location line="-91"/>
        <source>Choose</source>
        <translation>الاختيار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one option, then review your choice.</source>
        <translation>اختر خيارًا واحدًا، ثم راجع اختيارك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option {number}: {option}</source>
        <translation>الخيار {number}: {option}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{option}, chosen</source>
        <translation>{option}، تم اختياره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Review my choice</source>
        <translation>&amp;مراجعة اختياري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review my choice</source>
        <translation>مراجعة اختياري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;again</source>
        <translation>البدء من &amp;جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again</source>
        <translation>البدء من جديد</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="+104"/>
        <location line="+12"/>
        <source>Poll worker code</source>
        <translation>رمز موظفي الاقتراع</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Unlock the booth</source>
        <translation>إلغاء قفل المعزل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a code of at least {n} characters. It is needed to leave the kiosk (press {keys}).</source>
        <translation>اختر رمزًا من {n} أحرف على الأقل. وهو لازم للخروج من وضع الكشك (اضغط {keys}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll workers only: enter the code to leave the kiosk.</source>
        <translation>لموظفي الاقتراع فقط: أدخل الرمز للخروج من وضع الكشك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explanation</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll worker code again</source>
        <translation>رمز موظفي الاقتراع مرة أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem with the code</source>
        <translation>مشكلة في الرمز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You can try again now.</source>
        <translation>يمكنك المحاولة مجددًا الآن.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code needs at least {n} characters.</source>
        <translation>يجب أن يتكون الرمز من {n} أحرف على الأقل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two codes differ.</source>
        <translation>الرمزان مختلفان.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../votingapp/gui/crash.py" line="+74"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected error occurred: {summary}

The node keeps running and its data is safe. The details were written to the log in {path}.</source>
        <translation>حدث خطأ غير متوقع: {summary}

تواصل العقدة عملها وبياناتها في أمان. كُتبت التفاصيل في السجل في {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="+194"/>
        <source>Create an election</source>
        <translation>إنشاء انتخاب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Election title</source>
        <translation>عنوان الانتخاب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options, one per line</source>
        <translation>الخيارات، خيار في كل سطر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One option per line (at least two)</source>
        <translation>خيار واحد في كل سطر (خياران على الأقل)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stations that take part</source>
        <translation>المحطات المشاركة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station ({fp})</source>
        <translation>هذه المحطة ({fp})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show results &amp;live</source>
        <translation>عرض النتائج &amp;مباشرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show results live</source>
        <translation>عرض النتائج مباشرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show results only &amp;after the close</source>
        <translation>عرض النتائج &amp;بعد الإغلاق فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show results only after the close</source>
        <translation>عرض النتائج بعد الإغلاق فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad&amp;vanced settings</source>
        <translation>إعدادات م&amp;تقدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show advanced settings</source>
        <translation>إظهار الإعدادات المتقدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced</source>
        <translation>متقدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>الإعدادات المتقدمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proof-of-work difficulty in bits</source>
        <translation>صعوبة إثبات العمل بالبتات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Difficulty (bits):</source>
        <translation>ال&amp;صعوبة (بت):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with the election</source>
        <translation>مشكلة في الانتخاب</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Options:</source>
        <translation>ال&amp;خيارات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stations:</source>
        <translation>المح&amp;طات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of election:</source>
        <translation>نوع الانتخاب:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results:</source>
        <translation>النتائج:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Se&amp;cret ballot (recommended)</source>
        <translation>اقتراع &amp;سري (موصى به)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret ballot (recommended)</source>
        <translation>اقتراع سري (موصى به)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pen (informal polls: votes and live results are public)</source>
        <translation>م&amp;فتوح (للاستطلاعات غير الرسمية: الأصوات والنتائج المباشرة علنية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open election: votes and live results are public</source>
        <translation>انتخاب مفتوح: الأصوات والنتائج المباشرة علنية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every ballot is encrypted; only the total is ever decrypted, by the trustee stations together.</source>
        <translation>كل ورقة اقتراع مشفّرة؛ ولا يُفك تشفير إلا المجموع، وتقوم بذلك محطات الأمناء مجتمعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the secret ballot</source>
        <translation>عن الاقتراع السري</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every vote is stored in plain text on every station: anyone with the record sees each vote.</source>
        <translation>يُحفظ كل صوت نصًّا واضحًا على كل محطة: كل من يملك السجل يرى كل صوت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the open election</source>
        <translation>عن الانتخاب المفتوح</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Secret ballot</source>
        <translation>الاقتراع السري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret ballot: trustees and threshold</source>
        <translation>الاقتراع السري: الأمناء والعتبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trustee stations</source>
        <translation>محطات الأمناء</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trustee stations hold a share of the election key: together they decrypt the result, and no single laptop can read a ballot.</source>
        <translation>تحمل كل محطة من محطات الأمناء حصة من مفتاح الانتخاب: وهي مجتمعة تفك تشفير النتيجة، ولا يستطيع أي حاسوب بمفرده قراءة ورقة اقتراع.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the trustees</source>
        <translation>عن الأمناء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trustee stations needed to decrypt the result</source>
        <translation>عدد محطات الأمناء اللازم لفك تشفير النتيجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the threshold</source>
        <translation>عن العتبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning about a single trustee</source>
        <translation>تحذير بشأن أمين واحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: with one trustee station, this laptop alone could read single ballots. Add trustee stations for a secret ballot that no single laptop can open.</source>
        <translation>تحذير: مع محطة أمين واحدة، يستطيع هذا الحاسوب وحده قراءة أوراق اقتراع منفردة. أضف محطات أمناء للحصول على اقتراع سري لا يستطيع أي حاسوب بمفرده فتحه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;rustees:</source>
        <translation>الأ&amp;مناء:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thres&amp;hold k:</source>
        <translation>ال&amp;عتبة k:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{k} of the {n} trustee stations must be up after the close to decrypt the result; no single laptop can read a ballot.</source>
        <translation>يجب أن تكون {k} من محطات الأمناء الـ{n} قيد التشغيل بعد الإغلاق لفك تشفير النتيجة؛ ولا يستطيع أي حاسوب بمفرده قراءة ورقة اقتراع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trustee station must be up after the close to decrypt the result.</source>
        <translation>يجب أن تكون محطة الأمين قيد التشغيل بعد الإغلاق لفك تشفير النتيجة.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enter the election&apos;s title to go on.</source>
        <translation>أدخل عنوان الانتخاب للمتابعة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter at least two options, one per line, to go on.</source>
        <translation>أدخل خيارين على الأقل، خيارًا في كل سطر، للمتابعة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An option is listed twice: each line must be a different option.</source>
        <translation>أحد الخيارات مدرج مرتين: يجب أن يكون كل سطر خيارًا مختلفًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one trustee station (this station, at least).</source>
        <translation>حدّد محطة أمين واحدة على الأقل (هذه المحطة على الأقل).</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../votingapp/gui/app.py" line="+102"/>
        <source>This data dir cannot be opened</source>
        <translation>تعذّر فتح مجلد البيانات هذا</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opening the election in {path}…</source>
        <translation>جارٍ فتح الانتخاب في {path}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting</source>
        <translation>جارٍ البدء</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>Polling station</source>
        <translation>مركز الاقتراع</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The station cannot start</source>
        <translation>تعذّر تشغيل المحطة</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="-76"/>
        <source>Enter your voter ID</source>
        <translation>أدخل معرّف الناخب الخاص بك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language: {name}</source>
        <translation>اللغة: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your voter ID, or scan the code on your slip.</source>
        <translation>اكتب معرّف الناخب الخاص بك، أو امسح الرمز الموجود على بطاقتك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voter ID</source>
        <translation>معرّف الناخب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>32 letters and digits, dashes optional</source>
        <translation>32 حرفًا ورقمًا، والشرطات اختيارية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voter ID check</source>
        <translation>التحقق من معرّف الناخب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>م&amp;تابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue to the ballot</source>
        <translation>المتابعة إلى ورقة الاقتراع</translation>
    </message>
</context>
<context>
    <name>ExplorerWindow</name>
    <message>
        <location filename="../../votingapp/gui/explorer_window.py" line="+77"/>
        <source>Block explorer — {title}</source>
        <translation>مستكشف الكتل — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block explorer</source>
        <translation>مستكشف الكتل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chain summary</source>
        <translation>ملخص السلسلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sealed by</source>
        <translation>ختمتها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transactions</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks</source>
        <translation>الكتل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Older blocks</source>
        <translation>كتل &amp;أقدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load older blocks</source>
        <translation>تحميل كتل أقدم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction</source>
        <translation>المعاملة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>المضمون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions of the block</source>
        <translation>معاملات الكتلة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transaction detail</source>
        <translation>تفاصيل المعاملة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocks, newest first</source>
        <translation>الكتل، الأحدث أولًا</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The node did not answer: {error}</source>
        <translation>لم تستجب العقدة: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} blocks on the best chain</source>
        <translation>{n} كتلة في أفضل سلسلة</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>vote for “{choice}” by voter {voter}</source>
        <translation>صوت لصالح «{choice}» من الناخب {voter}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voter {voter} registered by {station}</source>
        <translation>الناخب {voter} سجّلته {station}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>station {name} ({station}) admitted</source>
        <translation>قُبلت المحطة {name} ({station})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>election closed</source>
        <translation>أُغلق الاقتراع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>election opened</source>
        <translation>فُتح الاقتراع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted ballot, tracking code {code}…</source>
        <translation>ورقة اقتراع مشفّرة، رمز التتبع {code}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key ceremony: a trustee&apos;s encryption key</source>
        <translation>مراسم المفاتيح: مفتاح تشفير أحد الأمناء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key ceremony: a trustee&apos;s commitments and encrypted shares</source>
        <translation>مراسم المفاتيح: التزامات أحد الأمناء وحصصه المشفّرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key ceremony: a trustee checked the shares it received</source>
        <translation>مراسم المفاتيح: تحقق أحد الأمناء من الحصص التي تلقاها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key ceremony: {station} reports a bad share from trustee {dealer}</source>
        <translation>مراسم المفاتيح: تُبلغ {station} عن حصة غير صالحة من الأمين {dealer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decryption share from {station} (the sum up to block {upto}…)</source>
        <translation>حصة فك التشفير من {station} (المجموع حتى الكتلة {upto}…)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This transaction is no longer on the best chain.</source>
        <translation>لم تعد هذه المعاملة في أفضل سلسلة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction {txid}</source>
        <translation>المعاملة {txid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In block {height} ({block})</source>
        <translation>في الكتلة {height} ({block})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Size: {size} bytes (the choice is encrypted: nothing here shows it)</source>
        <translation>الحجم: {size} بايت (الاختيار مشفّر: لا شيء هنا يكشفه)</translation>
    </message>
</context>
<context>
    <name>JoinFilePage</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="+237"/>
        <source>Join with a manifest file</source>
        <translation>الانضمام بملف بيان الانتخاب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manifest file</source>
        <translation>ملف بيان الانتخاب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the manifest file</source>
        <translation>اختر ملف بيان الانتخاب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s fingerprint, for the authority to admit it: &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation>بصمة هذه المحطة، لكي تقبلها السلطة: &lt;b&gt;{fp}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s fingerprint</source>
        <translation>بصمة هذه المحطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem joining</source>
        <translation>مشكلة في الانضمام</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why Finish is not available</source>
        <translation>لماذا زر «إنهاء» غير متاح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Election manifest</source>
        <translation>بيان الانتخاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election manifests (*.json);;All files (*)</source>
        <translation>بيانات الانتخاب (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the manifest file the authority exported to go on.</source>
        <translation>اختر ملف بيان الانتخاب الذي صدّرته السلطة للمتابعة.</translation>
    </message>
</context>
<context>
    <name>JoinLanPage</name>
    <message>
        <location line="-149"/>
        <source>Join an election on this network</source>
        <translation>الانضمام إلى انتخاب على هذه الشبكة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Elections on this network</source>
        <translation>الانتخابات على هذه الشبكة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this station&apos;s fingerprint to the election authority so that it admits this station: &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation>اعرض بصمة هذه المحطة على السلطة الانتخابية لكي تقبلها: &lt;b&gt;{fp}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s fingerprint</source>
        <translation>بصمة هذه المحطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the election&apos;s fingerprint with the one on the authority&apos;s screen.</source>
        <translation>قارن بصمة الانتخاب بالبصمة المعروضة على شاشة السلطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hint</source>
        <translation>تلميح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining</source>
        <translation>الانضمام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem joining</source>
        <translation>مشكلة في الانضمام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why Next is not available</source>
        <translation>لماذا زر «التالي» غير متاح</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(discovery is off: join with a manifest file)</source>
        <translation>(الاكتشاف معطّل: انضم بملف بيان الانتخاب)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title}
Election fingerprint: {fp}
Seen via {station}</source>
        <translation>{title}
بصمة الانتخاب: {fp}
شوهد عبر {station}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wait: fetching the election.</source>
        <translation>انتظر: جارٍ جلب الانتخاب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the election in the list to go on (none seen yet: wait a moment, or go Back and join with a manifest file).</source>
        <translation>اختر الانتخاب من القائمة للمتابعة (لم يظهر أي انتخاب بعد: انتظر لحظة، أو عُد وانضم بملف بيان الانتخاب).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fetching the election from {station}…</source>
        <translation>جارٍ جلب الانتخاب من {station}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Joined “{title}”.</source>
        <translation>تم الانضمام إلى «{title}».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not join: {error}</source>
        <translation>تعذّر الانضمام: {error}</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../votingapp/gui/kiosk.py" line="+34"/>
        <source>Voting booth (kiosk) — {title}</source>
        <translation>معزل الاقتراع (وضع الكشك) — {title}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wrong code. {n} tries left before the booth locks for {s} s.</source>
        <translation>رمز خاطئ. المحاولات المتبقية قبل قفل المعزل لمدة {s} ث: {n}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many wrong codes: no code is accepted for {n} s.</source>
        <translation>رموز خاطئة كثيرة جدًا: لن يُقبل أي رمز لمدة {n} ث.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../votingapp/gui/language_choice.py" line="+63"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location line="+40"/>
        <location line="+1"/>
        <source>Language of this station</source>
        <translation>لغة هذه المحطة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../votingapp/gui/main_window.py" line="+85"/>
        <source>{title} — {station}</source>
        <translation>{title} — {station}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polling station</source>
        <translation>مركز الاقتراع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Election title</source>
        <translation>عنوان الانتخاب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This station and its role</source>
        <translation>هذه المحطة ودورها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admission</source>
        <translation>القبول</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Election and status</source>
        <translation>الانتخاب والحالة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status of this station</source>
        <translation>حالة هذه المحطة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Election</source>
        <translation>الانتخاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected stations</source>
        <translation>المحطات المتصلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks</source>
        <translation>الكتل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting transactions</source>
        <translation>المعاملات المنتظرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealing blocks</source>
        <translation>ختم الكتل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last block</source>
        <translation>آخر كتلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnout</source>
        <translation>نسبة المشاركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the close</source>
        <translation>منذ الإغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key ceremony</source>
        <translation>مراسم المفاتيح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secret ballot</source>
        <translation>الاقتراع السري</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Windows</source>
        <translation>النوافذ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Registration desk</source>
        <translation>مكتب ال&amp;تسجيل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the registration desk</source>
        <translation>فتح مكتب التسجيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voting &amp;booth</source>
        <translation>م&amp;عزل الاقتراع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the voting booth</source>
        <translation>فتح معزل الاقتراع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voting booth (&amp;kiosk)…</source>
        <translation>معزل الاقتراع (وضع ال&amp;كشك)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the voting booth in kiosk mode</source>
        <translation>تشغيل معزل الاقتراع في وضع الكشك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;esults</source>
        <translation>ال&amp;نتائج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the results</source>
        <translation>فتح النتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block e&amp;xplorer</source>
        <translation>مس&amp;تكشف الكتل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the block explorer</source>
        <translation>فتح مستكشف الكتل</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Election authority</source>
        <translation>السلطة الانتخابية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Admit a station…</source>
        <translation>&amp;قبول محطة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admit a waiting station</source>
        <translation>قبول محطة منتظرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close the election…</source>
        <translation>إ&amp;غلاق الاقتراع…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+276"/>
        <source>Close the election</source>
        <translation>إغلاق الاقتراع</translation>
    </message>
    <message>
        <location line="-274"/>
        <location line="+325"/>
        <source>Export the election record</source>
        <translation>تصدير سجل الانتخاب</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Export the election recor&amp;d…</source>
        <translation>تصدير سجل الان&amp;تخاب…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the &amp;manifest…</source>
        <translation>تصدير &amp;بيان الانتخاب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the manifest other stations join with</source>
        <translation>تصدير بيان الانتخاب الذي تنضم به المحطات الأخرى</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>sealing a block…</source>
        <translation>جارٍ ختم كتلة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>idle</source>
        <translation>خاملة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node does not answer: {error}</source>
        <translation>العقدة لا تستجيب: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not open yet</source>
        <translation>لم يُفتح بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} · id {fingerprint} · secret ballot, {k} of {n} trustees decrypt the result</source>
        <translation>{state} · المعرّف {fingerprint} · اقتراع سري، يفك {k} من {n} أمناء تشفير النتيجة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{state} · id {fingerprint} · results {mode}</source>
        <translation>{state} · المعرّف {fingerprint} · النتائج {mode}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live</source>
        <translation>مباشرة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after the close</source>
        <translation>بعد الإغلاق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (height {height})</source>
        <translation>{name} (الارتفاع {height})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{registered} registered, {voted} voted</source>
        <translation>المسجّلون {registered}، المصوّتون {voted}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>complete — one trustee: this laptop alone could read single ballots</source>
        <translation>اكتملت — أمين واحد: يستطيع هذا الحاسوب وحده قراءة أوراق اقتراع منفردة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complete — {n} trustees, {k} of them decrypt the result</source>
        <translation>اكتملت — {n} أمناء، يفك {k} منهم تشفير النتيجة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STOPPED: {reason}</source>
        <translation>متوقفة: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trustee keys</source>
        <translation>مفاتيح الأمناء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shares dealt</source>
        <translation>الحصص الموزعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shares checked</source>
        <translation>الحصص المتحقق منها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress: {step} {done} of {of} (ballots are taken once it is done)</source>
        <translation>قيد التنفيذ: {step} {done} من {of} (تُقبل أوراق الاقتراع بعد اكتمالها)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every ballot encrypted; the trustees decrypt the total after the close</source>
        <translation>كل ورقة اقتراع مشفّرة؛ ويفك الأمناء تشفير المجموع بعد الإغلاق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not closed</source>
        <translation>غير مغلق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} station(s) hold the closed chain</source>
        <translation>عدد المحطات التي تحمل السلسلة المغلقة: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for {names}</source>
        <translation>بانتظار {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>result changed at {time} by late returns ({count} ballot(s) cast before the close)</source>
        <translation>تغيّرت النتيجة عند {time} بسبب أصوات متأخرة الوصول (أوراق اقتراع أُدلي بها قبل الإغلاق: {count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>result unchanged since the close</source>
        <translation>لم تتغير النتيجة منذ الإغلاق</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>⚠ The key ceremony stopped: the share from {station} is bad. No ballot can be cast; the election authority can restart the election without that station.</source>
        <translation>⚠ توقفت مراسم المفاتيح: الحصة الواردة من {station} غير صالحة. لا يمكن الإدلاء بأي ورقة اقتراع؛ ويمكن للسلطة الانتخابية إعادة بدء الانتخاب دون تلك المحطة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ The key ceremony stopped at this station: {problem}.</source>
        <translation>⚠ توقفت مراسم المفاتيح في هذه المحطة: {problem}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ Double vote detected ({count}): a voter voted at two stations while they were cut off from each other. Only the vote recorded first counts; the other one (receipt {receipts}) does not.</source>
        <translation>⚠ اكتُشف تصويت مزدوج ({count}): صوّت ناخب في محطتين بينما كانتا منقطعتين عن بعضهما. لا يُحتسب إلا الصوت المسجّل أولًا؛ أما الآخر (الإيصال {receipts}) فلا يُحتسب.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>election authority</source>
        <translation>السلطة الانتخابية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>admitted station</source>
        <translation>محطة مقبولة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for admission</source>
        <translation>بانتظار القبول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station: {name} ({fingerprint}) — {role}</source>
        <translation>هذه المحطة: {name} ({fingerprint}) — {role}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not admitted yet. Show this fingerprint to the election authority: {fingerprint}</source>
        <translation>لم تُقبل بعد. اعرض هذه البصمة على السلطة الانتخابية: {fingerprint}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Admission sent: the station is admitted with the next block.</source>
        <translation>أُرسل القبول: ستُقبل المحطة مع الكتلة التالية.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the election now? No registration or vote is accepted after the close. This cannot be undone.</source>
        <translation>هل تريد إغلاق الاقتراع الآن؟ لن يُقبل أي تسجيل أو تصويت بعد الإغلاق. ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop this station</source>
        <translation>إيقاف هذه المحطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this station? Until the app is started again, no registration, vote or block goes through this laptop. Its data stays on it.</source>
        <translation>هل تريد إيقاف هذه المحطة؟ إلى أن يُعاد تشغيل التطبيق، لن يمر عبر هذا الحاسوب أي تسجيل أو تصويت أو كتلة. وتبقى بياناته عليه.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Close sent: the election closes with the next block.</source>
        <translation>أُرسل الإغلاق: يُغلق الاقتراع مع الكتلة التالية.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused: {error}</source>
        <translation>مرفوض: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Election records (*.jsonl);;All files (*)</source>
        <translation>سجلات الانتخاب (*.jsonl);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the manifest</source>
        <translation>تصدير بيان الانتخاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election manifests (*.json);;All files (*)</source>
        <translation>بيانات الانتخاب (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Wrote {path}: {blocks} blocks.</source>
        <translation>كُتب {path}: {blocks} كتلة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {path}: other stations join the election with it.</source>
        <translation>كُتب {path}: تنضم به المحطات الأخرى إلى الانتخاب.</translation>
    </message>
</context>
<context>
    <name>ObserverQr</name>
    <message>
        <location filename="../../votingapp/gui/observer_panel.py" line="+132"/>
        <source>Follow on a phone</source>
        <translation>المتابعة على الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer board QR code</source>
        <translation>رمز QR للوحة المراقبين</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QR code of the observer board&apos;s address</source>
        <translation>رمز QR لعنوان لوحة المراقبين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observer board address</source>
        <translation>عنوان لوحة المراقبين</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Scan to open the observer board: {url}</source>
        <translation>امسح الرمز لفتح لوحة المراقبين: {url}</translation>
    </message>
</context>
<context>
    <name>ObserverSwitch</name>
    <message>
        <location line="-78"/>
        <location line="+1"/>
        <source>Observer board</source>
        <translation>لوحة المراقبين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve a read-only page of the election to phones on the LAN</source>
        <translation>إتاحة صفحة للقراءة فقط عن الانتخاب للهواتف على الشبكة المحلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer board on or off</source>
        <translation>تشغيل لوحة المراقبين أو إيقافها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observer board address</source>
        <translation>عنوان لوحة المراقبين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Observer board problem</source>
        <translation>مشكلة في لوحة المراقبين</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Observer board: on — {url}</source>
        <translation>لوحة المراقبين: مفعّلة — {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observer board: off</source>
        <translation>لوحة المراقبين: معطّلة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The observer board could not start: {reason}</source>
        <translation>تعذّر تشغيل لوحة المراقبين: {reason}</translation>
    </message>
</context>
<context>
    <name>OpenedPage</name>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="+178"/>
        <source>Your ballot, opened for checking</source>
        <translation>ورقة اقتراعك مفتوحة للتحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ballot is opened for checking: it will never be counted.</source>
        <translation>هذه الورقة مفتوحة للتحقق: لن تُحتسب أبدًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot opened</source>
        <translation>ورقة اقتراع مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to check this machine</source>
        <translation>كيفية التحقق من هذا الجهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The opened ballot, as text</source>
        <translation>ورقة الاقتراع المفتوحة نصًّا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the opened ballot</source>
        <translation>رمز QR لورقة الاقتراع المفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vote again</source>
        <translation>التصويت من &amp;جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote again</source>
        <translation>التصويت من جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave</source>
        <translation>م&amp;غادرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave without voting</source>
        <translation>المغادرة دون تصويت</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location line="+61"/>
        <source>Your receipt</source>
        <translation>إيصالك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you. Your vote is recorded.</source>
        <translation>شكرًا لك. تم تسجيل صوتك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote recorded</source>
        <translation>تم تسجيل الصوت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your receipt is your ballot&apos;s tracking code: it lets you check later that your ballot is in the record (Results → Check a receipt). It shows neither your choice nor who you are.</source>
        <translation>إيصالك هو رمز تتبع ورقة اقتراعك: يتيح لك التحقق لاحقًا من أن ورقتك موجودة في السجل (النتائج ← التحقق من إيصال). ولا يكشف اختيارك ولا هويتك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your receipt lets you check later that your vote is in the record (Results → Check a receipt). It does not show who you are.</source>
        <translation>يتيح لك إيصالك التحقق لاحقًا من أن صوتك موجود في السجل (النتائج ← التحقق من إيصال). ولا يكشف هويتك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the receipt</source>
        <translation>عن الإيصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the receipt</source>
        <translation>رمز QR للإيصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left on this screen</source>
        <translation>الوقت المتبقي على هذه الشاشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done</source>
        <translation>&amp;تم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../votingapp/gui/refusals.py" line="+44"/>
        <source>The stored chain is damaged.</source>
        <translation>السلسلة المحفوظة تالفة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chain is damaged at block {height}.</source>
        <translation>السلسلة تالفة عند الكتلة {height}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block {height}: {cause}</source>
        <translation>الكتلة {height}: {cause}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} does not exist.</source>
        <translation>{path} غير موجود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file or folder does not exist.</source>
        <translation>أحد الملفات أو المجلدات غير موجود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station may not use {path}.</source>
        <translation>لا يحق لهذه المحطة استخدام {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station may not use a file or folder.</source>
        <translation>لا يحق لهذه المحطة استخدام أحد الملفات أو المجلدات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full.</source>
        <translation>القرص ممتلئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} cannot be read or written.</source>
        <translation>تتعذّر القراءة من {path} أو الكتابة فيه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file or folder cannot be read or written.</source>
        <translation>تتعذّر القراءة من أحد الملفات أو المجلدات أو الكتابة فيه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This breaks a rule of the election and was refused.</source>
        <extracomment>One sentence per error class, found by the error&apos;s exact class first, then its bases.</extracomment>
        <translation>هذا يخالف إحدى قواعد الانتخاب وقد رُفض.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data is damaged or not in the expected form.</source>
        <translation>البيانات تالفة أو ليست بالشكل المتوقع.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a valid voter ID: check it for typing mistakes.</source>
        <translation>هذا ليس معرّف ناخب صالحًا: تحقق من عدم وجود أخطاء في الكتابة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election&apos;s description is not valid (it is not signed by its authority).</source>
        <translation>وصف الانتخاب غير صالح (غير موقّع من سلطته).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request breaks a rule of the election and was refused.</source>
        <translation>الطلب يخالف إحدى قواعد الانتخاب وقد رُفض.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A signature does not match: the request was refused.</source>
        <translation>أحد التواقيع غير مطابق: رُفض الطلب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request belongs to another election.</source>
        <translation>هذا الطلب يخص انتخابًا آخر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request has already been recorded.</source>
        <translation>سبق تسجيل هذا الطلب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station is not admitted to the election yet: ask the election authority to admit it.</source>
        <translation>لم تُقبل هذه المحطة في الانتخاب بعد: اطلب من السلطة الانتخابية قبولها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station is already admitted.</source>
        <translation>هذه المحطة مقبولة بالفعل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voter is already registered.</source>
        <translation>هذا الناخب مسجّل بالفعل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voter ID is not registered (yet). If it was registered just now, wait a moment and try again.</source>
        <translation>معرّف الناخب هذا غير مسجّل (بعد). إذا سُجّل للتو، فانتظر لحظة ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A vote has already been cast with this voter ID. Each voter votes once.</source>
        <translation>سبق الإدلاء بصوت بمعرّف الناخب هذا. يصوّت كل ناخب مرة واحدة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That choice is not an option on this ballot.</source>
        <translation>هذا الاختيار ليس من خيارات ورقة الاقتراع هذه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election is closed: no more registrations or votes are accepted.</source>
        <translation>الاقتراع مغلق: لم يعد يُقبل أي تسجيل أو تصويت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This registration or vote was made after the election closed: it does not count.</source>
        <translation>جرى هذا التسجيل أو التصويت بعد إغلاق الاقتراع: فلا يُحتسب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election cannot be closed at a time before votes that were already counted.</source>
        <translation>لا يمكن إغلاق الاقتراع في وقت يسبق أصواتًا احتُسبت بالفعل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This registration or vote is dated before the election was created: check this station&apos;s clock.</source>
        <translation>تاريخ هذا التسجيل أو التصويت سابق لإنشاء الانتخاب: تحقق من ساعة هذه المحطة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The election is not open yet: votes can be cast once it opens.</source>
        <translation>الاقتراع لم يُفتح بعد: يمكن الإدلاء بالأصوات بعد فتحه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election cannot be opened by hand: it opens by itself, or it is already open.</source>
        <translation>لا يمكن فتح الاقتراع يدويًا: فهو يُفتح تلقائيًا، أو أنه مفتوح بالفعل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request does not fit this kind of election (open or secret ballot).</source>
        <translation>هذا الطلب لا يناسب هذا النوع من الانتخاب (اقتراع مفتوح أو سري).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station is not a trustee of the election.</source>
        <translation>هذه المحطة ليست من أمناء الانتخاب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trustees&apos; key ceremony has stopped (a complaint about trustee {dealer}): no ballot can be cast.</source>
        <translation>توقفت مراسم مفاتيح الأمناء (شكوى بشأن الأمين {dealer}): لا يمكن الإدلاء بأي ورقة اقتراع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key ceremony is already complete.</source>
        <translation>اكتملت مراسم المفاتيح بالفعل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trustee {trustee} has already published its key.</source>
        <translation>نشر الأمين {trustee} مفتاحه بالفعل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key published by trustee {trustee} is not valid.</source>
        <translation>المفتاح الذي نشره الأمين {trustee} غير صالح.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some trustees have not published their key yet (trustees {missing}).</source>
        <translation>لم ينشر بعض الأمناء مفاتيحهم بعد (الأمناء {missing}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trustee {dealer} has already dealt its shares.</source>
        <translation>وزّع الأمين {dealer} حصصه بالفعل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shares dealt by trustee {dealer} are not valid.</source>
        <translation>الحصص التي وزّعها الأمين {dealer} غير صالحة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some trustees have not dealt their shares yet (trustees {missing}).</source>
        <translation>لم يوزّع بعض الأمناء حصصهم بعد (الأمناء {missing}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trustee {trustee} has already confirmed its shares.</source>
        <translation>أكّد الأمين {trustee} حصصه بالفعل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This complaint does not name another trustee.</source>
        <translation>هذه الشكوى لا تسمّي أمينًا آخر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election key is not ready yet: the trustee stations have not finished the key ceremony ({done} of {trustees} done).</source>
        <translation>مفتاح الانتخاب ليس جاهزًا بعد: لم تُنهِ محطات الأمناء مراسم المفاتيح (أنهاها {done} من {trustees}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>The encrypted ballot is not valid.</source>
        <translation>ورقة الاقتراع المشفّرة غير صالحة.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The results cannot be decrypted before the election closes.</source>
        <translation>لا يمكن فك تشفير النتائج قبل إغلاق الاقتراع.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This decryption refers to a block that is not in the chain after the close.</source>
        <translation>فك التشفير هذا يشير إلى كتلة ليست في السلسلة بعد الإغلاق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trustee {trustee} has already sent its decryption share.</source>
        <translation>أرسل الأمين {trustee} حصته من فك التشفير بالفعل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+52"/>
        <source>The decryption share of trustee {trustee} is not valid.</source>
        <translation>حصة فك التشفير الخاصة بالأمين {trustee} غير صالحة.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>A block breaks a rule of the election and was refused.</source>
        <translation>إحدى الكتل تخالف قواعد الانتخاب وقد رُفضت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block&apos;s contents do not match its header.</source>
        <translation>محتوى إحدى الكتل لا يطابق ترويستها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block was not sealed with enough work ({actual} of {required} bits).</source>
        <translation>لم تُختم إحدى الكتل بعمل كافٍ ({actual} من {required} بت).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A block&apos;s signature does not match.</source>
        <translation>توقيع إحدى الكتل غير مطابق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block was sealed by a station that is not admitted.</source>
        <translation>ختمت إحدى الكتل محطةٌ غير مقبولة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block does not link to the block before it.</source>
        <translation>إحدى الكتل لا ترتبط بالكتلة التي تسبقها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block follows a block that this station does not know (yet).</source>
        <translation>إحدى الكتل تلي كتلة لا تعرفها هذه المحطة (بعد).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block has the wrong number: {actual} instead of {expected}.</source>
        <translation>رقم إحدى الكتل خاطئ: {actual} بدلًا من {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A block&apos;s time breaks a rule of the election.</source>
        <translation>وقت إحدى الكتل يخالف قواعد الانتخاب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block is dated before the block it follows.</source>
        <translation>تاريخ إحدى الكتل سابق للكتلة التي تليها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block is dated in the future: check the stations&apos; clocks.</source>
        <translation>تاريخ إحدى الكتل في المستقبل: تحقق من ساعات المحطات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A request is dated after the block that holds it.</source>
        <translation>تاريخ أحد الطلبات لاحق للكتلة التي تحتويه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block holds no requests or too many ({actual}; at most {limit}).</source>
        <translation>إحدى الكتل لا تحتوي أي طلب أو تحتوي طلبات كثيرة جدًا ({actual}؛ والحد الأقصى {limit}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request {index} of a block was refused: {cause}</source>
        <translation>رُفض الطلب {index} في إحدى الكتل: {cause}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cryptographic check failed.</source>
        <translation>فشل أحد فحوص التشفير.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key or an encrypted value is malformed.</source>
        <translation>أحد المفاتيح أو القيم المشفّرة مشوّه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proof does not check out.</source>
        <translation>أحد البراهين لا يصح.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The commitments of trustee {dealer} are not valid.</source>
        <translation>التزامات الأمين {dealer} غير صالحة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share from trustee {dealer} to trustee {recipient} is not valid: the key ceremony stops.</source>
        <translation>الحصة المرسلة من الأمين {dealer} إلى الأمين {recipient} غير صالحة: تتوقف مراسم المفاتيح.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A trustee complained about a share that is in fact valid: the complaint is refused.</source>
        <translation>اشتكى أحد الأمناء من حصة صالحة في الحقيقة: رُفضت الشكوى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough trustees have sent their decryption shares yet.</source>
        <translation>لم يرسل عدد كافٍ من الأمناء حصصهم من فك التشفير بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A count could not be decrypted (the decryption shares do not fit).</source>
        <translation>تعذّر فك تشفير أحد الأعداد (حصص فك التشفير غير متوافقة).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A key file of this station is damaged or cannot be read.</source>
        <translation>أحد ملفات المفاتيح في هذه المحطة تالف أو تتعذّر قراءته.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s data cannot be read.</source>
        <translation>تتعذّر قراءة بيانات هذه المحطة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station cannot write to its disk (is it full?).</source>
        <translation>لا تستطيع هذه المحطة الكتابة على قرصها (هل هو ممتلئ؟).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secret file of this station is damaged or cannot be read.</source>
        <translation>أحد الملفات السرية في هذه المحطة تالف أو تتعذّر قراءته.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file cannot be read or is not an election record.</source>
        <translation>تتعذّر قراءة هذا الملف أو أنه ليس سجل انتخاب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election record is cut short or damaged.</source>
        <translation>سجل الانتخاب مبتور أو تالف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A translation file of this app is damaged: reinstall the app.</source>
        <translation>أحد ملفات الترجمة في هذا التطبيق تالف: أعد تثبيت التطبيق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station has too many requests waiting: try again in a moment.</source>
        <translation>لدى هذه المحطة طلبات منتظرة كثيرة جدًا: حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The verification was cancelled.</source>
        <translation>أُلغي التحقق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election cannot be created as asked.</source>
        <translation>لا يمكن إنشاء الانتخاب على النحو المطلوب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report cannot be made or read.</source>
        <translation>يتعذّر إنشاء التقرير أو قراءته.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report does not match the election record.</source>
        <translation>التقرير لا يطابق سجل الانتخاب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This station could not do this.</source>
        <translation>تعذّر على هذه المحطة القيام بذلك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station cannot use its disk: nothing new is recorded until it can.</source>
        <translation>لا تستطيع هذه المحطة استخدام قرصها: لن يُسجَّل أي جديد حتى تستطيع ذلك.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This station&apos;s node did not start in time.</source>
        <extracomment>Messages of the classes that say different things at different raises: (class, message pattern, sentence).</extracomment>
        <translation>لم تبدأ عقدة هذه المحطة في الوقت المحدد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s node could not start.</source>
        <translation>تعذّر بدء عقدة هذه المحطة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another station is already running on the data folder {path}.</source>
        <translation>توجد محطة أخرى تعمل بالفعل على مجلد البيانات {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data folder {path} holds no election: create one or join one.</source>
        <translation>لا يحتوي مجلد البيانات {path} على أي انتخاب: أنشئ انتخابًا أو انضم إلى انتخاب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This station&apos;s node has stopped.</source>
        <translation>توقفت عقدة هذه المحطة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was dropped: it conflicts with what is already recorded.</source>
        <translation>استُبعد الطلب: فهو يتعارض مع ما سُجّل بالفعل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station&apos;s node is not running.</source>
        <translation>عقدة هذه المحطة لا تعمل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s node did not answer in time: please try again.</source>
        <translation>لم تستجب عقدة هذه المحطة في الوقت المحدد: يرجى المحاولة مجددًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station does not know that request.</source>
        <translation>لا تعرف هذه المحطة ذلك الطلب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was not recorded in a block within {seconds} seconds.</source>
        <translation>لم يُسجَّل الطلب في كتلة خلال {seconds} ثانية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station ({fingerprint}) is not admitted yet: ask the election authority to admit it.</source>
        <translation>لم تُقبل هذه المحطة ({fingerprint}) بعد: اطلب من السلطة الانتخابية قبولها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is an open election: votes are not encrypted.</source>
        <translation>هذا انتخاب مفتوح: الأصوات غير مشفّرة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This ballot was opened for checking, so it can never be cast: the voter votes again.</source>
        <translation>فُتحت ورقة الاقتراع هذه للتحقق، فلا يمكن الإدلاء بها أبدًا: يصوّت الناخب من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+223"/>
        <source>This ballot belongs to another election.</source>
        <translation>ورقة الاقتراع هذه تخص انتخابًا آخر.</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>This station&apos;s clock is {duration} behind the other stations: set the clock. Sealing blocks and registering voters are paused until then.</source>
        <translation>ساعة هذه المحطة متأخرة بمقدار {duration} عن المحطات الأخرى: اضبط الساعة. ختم الكتل وتسجيل الناخبين متوقفان حتى ذلك الحين.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This station&apos;s clock is {duration} ahead of the other stations: set the clock. Sealing blocks and registering voters are paused until then.</source>
        <translation>ساعة هذه المحطة متقدمة بمقدار {duration} على المحطات الأخرى: اضبط الساعة. ختم الكتل وتسجيل الناخبين متوقفان حتى ذلك الحين.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the station that created the election (it holds the authority key) can do this.</source>
        <translation>لا يستطيع القيام بذلك إلا المحطة التي أنشأت الانتخاب (فهي تحمل مفتاح السلطة).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s network is not running.</source>
        <translation>شبكة هذه المحطة لا تعمل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A receipt has 64 characters: the digits 0 to 9 and the letters a to f.</source>
        <translation>يتكون الإيصال من 64 حرفًا: الأرقام من 0 إلى 9 والحروف من a إلى f.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>أُلغي الطلب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The observer board cannot listen on port {port}: another program may use it.</source>
        <translation>لا تستطيع لوحة المراقبين الاستماع على المنفذ {port}: ربما يستخدمه برنامج آخر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This station cannot write to its disk: it is full. No new votes are recorded until space is freed.</source>
        <translation>لا تستطيع هذه المحطة الكتابة على قرصها: فهو ممتلئ. لن تُسجَّل أصوات جديدة حتى تُحرَّر مساحة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station cannot write to its disk: no new votes are recorded until it can write again.</source>
        <translation>لا تستطيع هذه المحطة الكتابة على قرصها: لن تُسجَّل أصوات جديدة حتى تتمكن من الكتابة مجددًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station cannot read its database.</source>
        <translation>لا تستطيع هذه المحطة قراءة قاعدة بياناتها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another laptop runs with this station&apos;s key (a copied data folder?): {address} refused this station because that copy is connected to it. Only one may run.</source>
        <translation>يعمل حاسوب آخر بمفتاح هذه المحطة (مجلد بيانات منسوخ؟): رفض {address} هذه المحطة لأن تلك النسخة متصلة به. لا يجوز أن يعمل إلا حاسوب واحد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two laptops use the key of station {station}: the one at {address} was refused while the one at {connected} is connected (a copied data folder?).</source>
        <translation>يستخدم حاسوبان مفتاح المحطة {station}: رُفض الحاسوب الذي عنوانه {address} بينما الحاسوب الذي عنوانه {connected} متصل (مجلد بيانات منسوخ؟).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ballot must be open or secret.</source>
        <translation>يجب أن يكون الاقتراع مفتوحًا أو سريًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An open election has no trustees and no threshold (trustees decrypt secret ballots).</source>
        <translation>لا أمناء ولا عتبة في الانتخاب المفتوح (الأمناء يفكون تشفير الاقتراع السري).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secret election needs at least one trustee station.</source>
        <translation>يحتاج الاقتراع السري إلى محطة أمين واحدة على الأقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A trustee is listed twice.</source>
        <translation>أحد الأمناء مدرج مرتين.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trustee {key} is not a station of this election: trustees must be admitted stations.</source>
        <translation>الأمين {key} ليس من محطات هذا الانتخاب: يجب أن يكون الأمناء محطات مقبولة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The threshold must be between 1 and {count} (the number of trustees).</source>
        <translation>يجب أن تكون العتبة بين 1 و{count} (عدد الأمناء).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A threshold of 1 with {count} trustees would let each trustee laptop read single ballots alone: use 2 or more.</source>
        <translation>عتبة قدرها 1 مع {count} أمناء تتيح لكل حاسوب أمين أن يقرأ وحده أوراق اقتراع منفردة: استخدم 2 أو أكثر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The difficulty must be between 0 and {most} bits.</source>
        <translation>يجب أن تكون الصعوبة بين 0 و{most} بت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A station is listed twice.</source>
        <translation>إحدى المحطات مدرجة مرتين.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An election needs 2 to {most} options.</source>
        <translation>يحتاج الانتخاب إلى ما بين 2 و{most} خيارات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each option must differ from the others.</source>
        <translation>يجب أن يختلف كل خيار عن الخيارات الأخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title must have {least} to {most} characters.</source>
        <translation>يجب أن يتكون العنوان من {least} إلى {most} حرفًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each option must have {least} to {most} characters.</source>
        <translation>يجب أن يتكون كل خيار من {least} إلى {most} حرفًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A station&apos;s name must have at most {most} characters.</source>
        <translation>يجب ألا يزيد اسم المحطة على {most} حرفًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title, the options and the names must not begin or end with a space, nor hold control characters.</source>
        <translation>يجب ألا يبدأ العنوان والخيارات والأسماء بمسافة أو تنتهي بها، وألا تحتوي على محارف تحكم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These settings do not make a valid election.</source>
        <translation>هذه الإعدادات لا تشكّل انتخابًا صالحًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data folder {path} already holds an election.</source>
        <translation>يحتوي مجلد البيانات {path} على انتخاب بالفعل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station is listed among the other stations (it is admitted anyway).</source>
        <translation>هذه المحطة مدرجة بين المحطات الأخرى (وهي مقبولة على أي حال).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The election file {path} does not exist.</source>
        <translation>ملف الانتخاب {path} غير موجود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election file {path} cannot be read.</source>
        <translation>تتعذّر قراءة ملف الانتخاب {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} is damaged or is not an election file.</source>
        <translation>الملف {path} تالف أو ليس ملف انتخاب.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A station&apos;s name on a report has 1 to {most} characters.</source>
        <translation>يتكون اسم المحطة في التقرير من 1 إلى {most} حرفًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A report is a zero report or a results report.</source>
        <translation>التقرير إما تقرير صفر وإما تقرير نتائج.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ballots have already been cast ({count}): the zero report is printed before the first ballot. Print the results report at the close.</source>
        <translation>سبق الإدلاء بأوراق اقتراع ({count}): يُطبع تقرير الصفر قبل أول ورقة اقتراع. اطبع تقرير النتائج عند الإغلاق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The election is not closed: the results report is printed after the close.</source>
        <translation>الاقتراع غير مغلق: يُطبع تقرير النتائج بعد الإغلاق.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The results are still sealed ({shares} of {k} trustee shares): print the results report once the trustees have decrypted them.</source>
        <translation>النتائج ما زالت مختومة ({shares} من {k} حصص الأمناء): اطبع تقرير النتائج بعد أن يفك الأمناء تشفيرها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a report of this app: it has no check text.</source>
        <translation>هذا ليس تقريرًا من هذا التطبيق: فلا يحتوي على نص تحقق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report&apos;s check text is incomplete or malformed (cut or altered).</source>
        <translation>نص التحقق في التقرير ناقص أو مشوّه (مقطوع أو معدّل).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>The data folder {path} holds no election.</source>
        <translation>لا يحتوي مجلد البيانات {path} على أي انتخاب.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The report is of another election than the record.</source>
        <translation>التقرير يخص انتخابًا غير انتخاب السجل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record ends at block {height}, before the report&apos;s block {report} (cut short?).</source>
        <translation>ينتهي السجل عند الكتلة {height}، قبل كتلة التقرير {report} (مبتور؟).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report was made on another chain than the record&apos;s.</source>
        <translation>أُنشئ التقرير على سلسلة غير سلسلة السجل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record gives no such report at the report&apos;s block.</source>
        <translation>لا يعطي السجل مثل هذا التقرير عند كتلة التقرير.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report&apos;s figures were altered: they are not the record&apos;s.</source>
        <translation>عُدّلت أرقام التقرير: فهي ليست أرقام السجل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printed figures were altered: they are not the record&apos;s.</source>
        <translation>عُدّلت الأرقام المطبوعة: فهي ليست أرقام السجل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voter ID holds a character that voter IDs never use: check it for typing mistakes.</source>
        <translation>يحتوي معرّف الناخب هذا على حرف لا تستخدمه معرّفات الناخبين أبدًا: تحقق من عدم وجود أخطاء في الكتابة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A voter ID has {length} characters; this one has {count}.</source>
        <translation>يتكون معرّف الناخب من {length} حرفًا؛ وهذا المعرّف يتكون من {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voter ID is mistyped: check it character by character.</source>
        <translation>معرّف الناخب هذا مكتوب بشكل خاطئ: تحقق منه حرفًا حرفًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a file, not a data folder.</source>
        <translation>{path} ملف وليس مجلد بيانات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data folder {path} does not exist.</source>
        <translation>مجلد البيانات {path} غير موجود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data folder {path} already holds an election authority&apos;s key.</source>
        <translation>يحتوي مجلد البيانات {path} على مفتاح سلطة انتخابية بالفعل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {path} holds an election made by an older version of this program (before the secret ballot): this version cannot open it. Use the version that made it, or create a new election in another data folder.</source>
        <translation>تحتوي قاعدة البيانات {path} على انتخاب أُنشئ بإصدار أقدم من هذا البرنامج (قبل الاقتراع السري): لا يستطيع هذا الإصدار فتحه. استخدم الإصدار الذي أنشأه، أو أنشئ انتخابًا جديدًا في مجلد بيانات آخر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block {block} is not in this station&apos;s database.</source>
        <translation>الكتلة {block} غير موجودة في قاعدة بيانات هذه المحطة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no election database at {path}.</source>
        <translation>لا توجد قاعدة بيانات انتخاب في {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {path} was made by another version of this program.</source>
        <translation>أُنشئت قاعدة البيانات {path} بإصدار آخر من هذا البرنامج.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {path} is damaged or is not an election database.</source>
        <translation>قاعدة البيانات {path} تالفة أو ليست قاعدة بيانات انتخاب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {path} already holds another election.</source>
        <translation>تحتوي قاعدة البيانات {path} على انتخاب آخر بالفعل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret file {path} is protected by a passphrase: start the station with its passphrase.</source>
        <translation>الملف السري {path} محمي بعبارة مرور: شغّل المحطة بعبارة المرور الخاصة بها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret file {path} is damaged, or the passphrase is wrong.</source>
        <translation>الملف السري {path} تالف، أو أن عبارة المرور خاطئة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret file {path} cannot be read.</source>
        <translation>تتعذّر قراءة الملف السري {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secret file of this station is damaged.</source>
        <translation>أحد الملفات السرية في هذه المحطة تالف.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Something went wrong ({name}). Please ask the person in charge of the station.</source>
        <translation>حدث خطأ ما ({name}). يرجى طلب المساعدة من المسؤول عن المحطة.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This is not the text of an opened ballot.</source>
        <extracomment>Why a ballot opened for checking does or does not check out (votingapp/core/crypto/opened.py).</extracomment>
        <translation>هذا ليس نص ورقة اقتراع مفتوحة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The option shown is not the election&apos;s option at that position.</source>
        <translation>الخيار المعروض ليس خيار الانتخاب في ذلك الموضع.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The opened ballot&apos;s randomness is not valid.</source>
        <translation>القيمة العشوائية لورقة الاقتراع المفتوحة غير صالحة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The booth did NOT encrypt “{option}”: do not trust this machine.</source>
        <translation>المعزل لم يشفّر «{option}»: لا تثق بهذا الجهاز.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tracking code the booth showed is not this ballot&apos;s: the booth may have encrypted another choice. Do not trust this machine.</source>
        <translation>رمز التتبع الذي عرضه المعزل ليس رمز هذه الورقة: ربما شفّر المعزل اختيارًا آخر. لا تثق بهذا الجهاز.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This opened ballot does not check out.</source>
        <translation>ورقة الاقتراع المفتوحة هذه لا تجتاز التحقق.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another vote by the same voter was recorded first (a double vote, e.g. across a partition)</source>
        <translation>سُجّل أولًا صوت آخر للناخب نفسه (تصويت مزدوج، مثلًا أثناء انقطاع الشبكة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it conflicts with the chain</source>
        <translation>يتعارض مع السلسلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it breaks a rule of the election</source>
        <translation>يخالف إحدى قواعد الانتخاب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its trustee secrets cannot be read or written</source>
        <extracomment>Why this station cannot do its part of the key ceremony (votingapp/node/ceremony.py), said after a colon.</extracomment>
        <translation>تتعذّر قراءة أسرار الأمين الخاصة بها أو كتابتها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its trustee secret file belongs to another election</source>
        <translation>ملف أسرار الأمين الخاص بها يخص انتخابًا آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its trustee secrets are lost (the trustee key on the chain is not in its data folder)</source>
        <translation>فُقدت أسرار الأمين الخاصة بها (مفتاح الأمين المسجّل في السلسلة ليس في مجلد بياناتها)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the trustee key on the chain is not the one in its data folder</source>
        <translation>مفتاح الأمين المسجّل في السلسلة ليس المفتاح الموجود في مجلد بياناتها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its secret polynomial is gone but its deal is not in the chain</source>
        <translation>فُقدت كثيرة الحدود السرية الخاصة بها بينما توزيعها ليس في السلسلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its secret polynomial does not match its deal in the chain</source>
        <translation>كثيرة الحدود السرية الخاصة بها لا تطابق توزيعها في السلسلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its secret share is not in its data folder: it cannot take part in the decryption</source>
        <translation>حصتها السرية ليست في مجلد بياناتها: فلا تستطيع المشاركة في فك التشفير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its secret share does not match its verification key in the chain</source>
        <translation>حصتها السرية لا تطابق مفتاح التحقق الخاص بها في السلسلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at this station: {problem}</source>
        <translation>في هذه المحطة: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the share from {station} is bad</source>
        <translation>الحصة الواردة من {station} غير صالحة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this station cannot do its part of the key ceremony</source>
        <translation>لا تستطيع هذه المحطة القيام بدورها في مراسم المفاتيح</translation>
    </message>
</context>
<context>
    <name>RefusalPage</name>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="+27"/>
        <source>Your vote was not recorded</source>
        <translation>لم يُسجَّل صوتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;again</source>
        <translation>البدء من &amp;جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again</source>
        <translation>البدء من جديد</translation>
    </message>
</context>
<context>
    <name>RegistrationWindow</name>
    <message>
        <location filename="../../votingapp/gui/registration_window.py" line="+96"/>
        <source>Registration desk — {title}</source>
        <translation>مكتب التسجيل — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Registration desk</source>
        <translation>مكتب التسجيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the voter&apos;s eligibility, then press “Register voter”. Give the voter the slip: its ID is their secret ballot key. No personal data is entered or kept.</source>
        <translation>تحقق من أهلية الناخب، ثم اضغط «تسجيل الناخب». سلّم الناخب البطاقة: معرّفها هو مفتاح اقتراعه السري. لا تُدخل أي بيانات شخصية ولا تُحفظ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to register a voter</source>
        <translation>كيفية تسجيل ناخب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Register voter</source>
        <translation>&amp;تسجيل الناخب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register voter</source>
        <translation>تسجيل الناخب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New voter ID</source>
        <translation>معرّف ناخب جديد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QR code of the voter ID</source>
        <translation>رمز QR لمعرّف الناخب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the voter ID leaves the screen</source>
        <translation>متى يختفي معرّف الناخب من الشاشة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press “Register voter” for the next voter.</source>
        <translation>اضغط «تسجيل الناخب» للناخب التالي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration state</source>
        <translation>حالة التسجيل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registration error</source>
        <translation>خطأ في التسجيل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print slip…</source>
        <translation>&amp;طباعة البطاقة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the voter slip</source>
        <translation>طباعة بطاقة الناخب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear</source>
        <translation>م&amp;سح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the voter ID from the screen</source>
        <translation>مسح معرّف الناخب من الشاشة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voters registered at this desk</source>
        <translation>الناخبون المسجّلون في هذا المكتب</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Registering…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Voter registered; the registration goes into the next block. Print the slip or let the voter scan the code.</source>
        <translation>سُجّل الناخب؛ ويدخل التسجيل في الكتلة التالية. اطبع البطاقة أو دع الناخب يمسح الرمز.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A registration was NOT recorded ({reason}): a voter whose ID the booth does not know registers again.</source>
        <translation>لم يُسجَّل أحد التسجيلات ({reason}): الناخب الذي لا يتعرّف المعزل على معرّفه يسجّل من جديد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} voter(s) registered at this desk today</source>
        <translation>عدد الناخبين المسجّلين في هذا المكتب اليوم: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {n} waiting for a block</source>
        <translation> · بانتظار كتلة: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {n} NOT recorded</source>
        <translation> · غير مسجّلة: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No voter was registered.</source>
        <translation>لم يُسجَّل أي ناخب.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This ID leaves the screen in {seconds} s.</source>
        <translation>يختفي هذا المعرّف من الشاشة بعد {seconds} ث.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each voter ID leaves the screen {seconds} s after it is shown.</source>
        <translation>يختفي كل معرّف ناخب من الشاشة بعد {seconds} ث من عرضه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../votingapp/gui/reports.py" line="+92"/>
        <source>To check this report against the election record, scan the code or run: votingapp verify RECORD --report THIS.pdf</source>
        <translation>للتحقق من هذا التقرير مقابل سجل الانتخاب، امسح الرمز أو نفّذ الأمر: votingapp verify RECORD --report THIS.pdf</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Print the report</source>
        <translation>طباعة التقرير</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location line="+17"/>
        <source>Print the &amp;zero report…</source>
        <translation>طباعة تقرير ال&amp;صفر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the zero report, before the first ballot</source>
        <translation>طباعة تقرير الصفر قبل أول ورقة اقتراع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the results re&amp;port…</source>
        <translation>طباعة تقرير ال&amp;نتائج…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the results report after the close</source>
        <translation>طباعة تقرير النتائج بعد الإغلاق</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+3"/>
        <source>No report</source>
        <translation>لا تقرير</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The report was not made: {reason}</source>
        <translation>لم يُنشأ التقرير: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportRow</name>
    <message>
        <location filename="../../votingapp/election/report_language.py" line="+37"/>
        <source>Zero report</source>
        <translation>تقرير الصفر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results report</source>
        <translation>تقرير النتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the report</source>
        <translation>نهاية التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election</source>
        <translation>الانتخاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election id</source>
        <translation>معرّف الانتخاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip hash</source>
        <translation>بصمة آخر كتلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot</source>
        <translation>الاقتراع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>المسجّلون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots cast</source>
        <translation>أوراق الاقتراع المُدلى بها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnout</source>
        <translation>نسبة المشاركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypted by</source>
        <translation>فكّ تشفيرها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no ballot cast yet: every count is zero</source>
        <translation>لم يُدلَ بأي ورقة اقتراع بعد: كل الأعداد صفر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votes (share of the ballots cast)</source>
        <translation>الأصوات (نسبتها من أوراق الاقتراع المُدلى بها)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT closed</source>
        <translation>غير مغلق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret, trustees {trustees}, threshold {threshold}</source>
        <translation>سري، الأمناء {trustees}، العتبة {threshold}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{voted} of {registered} ({share})</source>
        <translation>{voted} من {registered} ({share})</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <location filename="../../votingapp/gui/results_window.py" line="+74"/>
        <source>Results — {title}</source>
        <translation>النتائج — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Election title</source>
        <translation>عنوان الانتخاب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Election state</source>
        <translation>حالة الاقتراع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the close</source>
        <translation>بعد الإغلاق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turnout</source>
        <translation>نسبة المشاركة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who decrypted the result</source>
        <translation>من فكّ تشفير النتيجة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This election shows its results once it is closed. Turnout is live.</source>
        <translation>يعرض هذا الانتخاب نتائجه بعد إغلاقه. أما نسبة المشاركة فتُعرض مباشرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results are hidden until the close</source>
        <translation>النتائج مخفية حتى الإغلاق</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Chart and counts</source>
        <translation>الرسم البياني والأعداد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Bar chart of the votes per option</source>
        <translation>رسم بياني بالأعمدة للأصوات لكل خيار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes and shares per option</source>
        <translation>الأصوات والنسب لكل خيار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify everything</source>
        <translation>التحقق من &amp;كل شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify every block, transaction and signature</source>
        <translation>التحقق من كل كتلة ومعاملة وتوقيع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every block was checked by this node as it arrived.</source>
        <translation>تحققت هذه العقدة من كل كتلة عند وصولها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification outcome</source>
        <translation>نتيجة التحقق</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Check a receipt</source>
        <translation>التحقق من إيصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt to check</source>
        <translation>الإيصال المراد التحقق منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the receipt&apos;s 64 hexadecimal digits</source>
        <translation>أرقام الإيصال السداسية العشرية الـ64</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;heck</source>
        <translation>&amp;تحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the receipt</source>
        <translation>التحقق من الإيصال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the vote is recorded</source>
        <translation>أين سُجّل الصوت</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Check a ballot</source>
        <translation>التحقق من ورقة اقتراع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the text of a ballot a booth opened for checking (“Check this machine”):</source>
        <translation>الصق نص ورقة اقتراع فتحها أحد المعازل للتحقق («التحقق من هذا الجهاز»):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened ballot to check</source>
        <translation>ورقة الاقتراع المفتوحة المراد التحقق منها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the &amp;ballot</source>
        <translation>التحقق من &amp;الورقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the opened ballot</source>
        <translation>التحقق من ورقة الاقتراع المفتوحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the check of the ballot says</source>
        <translation>ما تقوله نتيجة التحقق من الورقة</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The node did not answer: {error}</source>
        <translation>لم تستجب العقدة: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Registered {registered} · Voted {voted} · Turnout {share}</source>
        <translation>المسجّلون {registered} · المصوّتون {voted} · نسبة المشاركة {share}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not open yet</source>
        <translation>لم يُفتح بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Election {status} · block height {height} · every block checked by this node as it arrived</source>
        <translation>الاقتراع {status} · ارتفاع الكتل {height} · تحققت هذه العقدة من كل كتلة عند وصولها</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sealed — {shares} of {k} trustee shares</source>
        <translation>مختومة — {shares} من {k} حصص الأمناء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The result is decrypted once {k} of the trustee stations have sent their share of the decryption. Turnout is live.</source>
        <translation>يُفك تشفير النتيجة بعد أن ترسل {k} من محطات الأمناء حصصها من فك التشفير. أما نسبة المشاركة فتُعرض مباشرة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every ballot is encrypted. After the close, the trustee stations ({k} of them suffice) decrypt the total together; no single ballot is ever decrypted. Turnout is live.</source>
        <translation>كل ورقة اقتراع مشفّرة. بعد الإغلاق، تفك محطات الأمناء (يكفي {k} منها) تشفير المجموع معًا؛ ولا يُفك تشفير أي ورقة منفردة أبدًا. أما نسبة المشاركة فتُعرض مباشرة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decrypted by {m} of {n} trustees ({names}), every proof checked by this node.</source>
        <translation>فكّ تشفيرها {m} من {n} أمناء ({names})، وتحققت هذه العقدة من كل برهان.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late returns came in since: {n} not in this result. Fewer than {m} late ballots stay sealed, because decrypting them apart would give away how they voted.</source>
        <translation>وصلت منذ ذلك الحين أصوات متأخرة: {n} منها ليست في هذه النتيجة. تبقى أوراق الاقتراع المتأخرة مختومة ما دام عددها أقل من {m}، لأن فك تشفيرها منفصلة سيكشف كيف صوّت أصحابها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Late returns came in since: the new count waits for the trustees&apos; shares.</source>
        <translation>وصلت منذ ذلك الحين أصوات متأخرة: العدّ الجديد بانتظار حصص الأمناء.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closed at {time} (block {height}): nothing cast later counts.</source>
        <translation>أُغلق عند {time} (الكتلة {height}): لا يُحتسب أي شيء أُدلي به بعد ذلك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations holding the closed chain: {names}.</source>
        <translation>المحطات التي تحمل السلسلة المغلقة: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not heard from since the close (cut off or off): {names}.</source>
        <translation>لم يصل منها شيء منذ الإغلاق (منقطعة أو مطفأة): {names}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The result last changed at {time}: late returns, {count} ballot(s) cast before the close at a station that was cut off, last from {station}.</source>
        <translation>تغيّرت النتيجة آخر مرة عند {time}: أصوات متأخرة الوصول، أوراق اقتراع أُدلي بها قبل الإغلاق في محطة كانت منقطعة ({count})، آخرها من {station}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The result has not changed since the close.</source>
        <translation>لم تتغير النتيجة منذ الإغلاق.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Verifying every block, transaction and signature…</source>
        <translation>جارٍ التحقق من كل كتلة ومعاملة وتوقيع…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Valid: {blocks} blocks, {txs} transactions and {sigs} signatures checked in {seconds:.2f} s; {registered} registered, {voted} voted.</source>
        <translation>✓ صالح: جرى التحقق من {blocks} كتلة و{txs} معاملة و{sigs} توقيع في {seconds:.2f} ث؛ المسجّلون {registered}، المصوّتون {voted}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verification stopped.</source>
        <translation>توقف التحقق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ INVALID: {error}</source>
        <translation>✗ غير صالح: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not verify: {error}</source>
        <translation>تعذّر التحقق: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A receipt has 64 hexadecimal digits (0-9, a-f).</source>
        <translation>يتكون الإيصال من 64 رقمًا سداسيًا عشريًا (0-9، a-f).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not found: this node knows no transaction with this receipt.</source>
        <translation>غير موجود: لا تعرف هذه العقدة أي معاملة بهذا الإيصال.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a vote&apos;s receipt (it is a {type} transaction).</source>
        <translation>هذا ليس إيصال تصويت (إنه معاملة من نوع {type}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received: the vote waits for the next block.</source>
        <translation>تم الاستلام: ينتظر الصوت الكتلة التالية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ Not counted: this vote was dropped because {reason}.</source>
        <translation>✗ لم يُحتسب: استُبعد هذا الصوت لأنه {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Recorded in block {height} (position {position}); {confirmations} block(s) confirm it.</source>
        <translation>✓ سُجّل في الكتلة {height} (الموضع {position})؛ وتؤكده كتل عددها {confirmations}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(An encrypted ballot: its tracking code shows no choice.)</source>
        <translation>(ورقة اقتراع مشفّرة: رمز تتبعها لا يكشف أي اختيار.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node could not check the receipt: {error}</source>
        <translation>تعذّر على العقدة التحقق من الإيصال: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste the opened ballot&apos;s text first.</source>
        <translation>الصق نص ورقة الاقتراع المفتوحة أولًا.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The election key is not made yet (the trustees&apos; key ceremony): no ballot can be checked.</source>
        <translation>لم يُنشأ مفتاح الانتخاب بعد (مراسم مفاتيح الأمناء): لا يمكن التحقق من أي ورقة اقتراع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ The booth encrypted “{option}”, as the opened ballot states (tracking code {code}…). This ballot was opened, so it is never counted.</source>
        <translation>✓ شفّر المعزل «{option}»، كما تنص ورقة الاقتراع المفتوحة (رمز التتبع {code}…). فُتحت هذه الورقة، ولذلك لن تُحتسب أبدًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ {reason}</source>
        <translation>✗ {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node could not check the ballot: {error}</source>
        <translation>تعذّر على العقدة التحقق من ورقة الاقتراع: {error}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="-206"/>
        <source>Review your choice</source>
        <translation>راجع اختيارك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are voting for:</source>
        <translation>أنت تصوّت لصالح:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your choice</source>
        <translation>اختيارك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next, this machine encrypts your choice and shows your ballot&apos;s tracking code. You can then cast it, or check that this machine encrypted what you chose.</source>
        <translation>سيقوم هذا الجهاز بعد ذلك بتشفير اختيارك وعرض رمز التتبع الخاص بورقة اقتراعك. يمكنك عندئذٍ الإدلاء بها، أو التحقق من أن هذا الجهاز قد شفّر ما اخترته.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What comes next</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encrypt my choice</source>
        <translation>&amp;تشفير اختياري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt my choice</source>
        <translation>تشفير اختياري</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once cast, your vote cannot be changed.</source>
        <translation>لا يمكن تغيير صوتك بعد الإدلاء به.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast my &amp;vote</source>
        <translation>الإدلاء ب&amp;صوتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast my vote</source>
        <translation>الإدلاء بصوتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange my choice</source>
        <translation>&amp;تغيير اختياري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my choice</source>
        <translation>تغيير اختياري</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="+74"/>
        <source>New polling station</source>
        <translation>مركز اقتراع جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup</source>
        <translation>الإعداد</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <location filename="../../votingapp/gui/slip.py" line="+87"/>
        <source>Your voter ID. Keep it secret: whoever holds it can cast your vote. Type it or scan the code at a voting booth.</source>
        <translation>معرّف الناخب الخاص بك. احتفظ به سرًّا: من يحمله يستطيع الإدلاء بصوتك. اكتبه أو امسح الرمز في معزل الاقتراع.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Registered at {station}</source>
        <translation>سُجّل في {station}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Election {election}</source>
        <translation>الانتخاب {election}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Voter slip</source>
        <translation>بطاقة الناخب</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print the voter slip</source>
        <translation>طباعة بطاقة الناخب</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../votingapp/gui/wizard.py" line="-572"/>
        <source>Set up this polling station</source>
        <translation>إعداد مركز الاقتراع هذا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of this station</source>
        <translation>اسم هذه المحطة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This station&apos;s fingerprint: &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation>بصمة هذه المحطة: &lt;b&gt;{fp}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station&apos;s fingerprint</source>
        <translation>بصمة هذه المحطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create a new election (this station becomes its authority)</source>
        <translation>إ&amp;نشاء انتخاب جديد (تصبح هذه المحطة سلطته)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new election</source>
        <translation>إنشاء انتخاب جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join an election on this network</source>
        <translation>الان&amp;ضمام إلى انتخاب على هذه الشبكة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join an election on this network</source>
        <translation>الانضمام إلى انتخاب على هذه الشبكة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join with a &amp;manifest file</source>
        <translation>الانضمام ب&amp;ملف بيان الانتخاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join with a manifest file</source>
        <translation>الانضمام بملف بيان الانتخاب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why Next is not available</source>
        <translation>لماذا زر «التالي» غير متاح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;tion name:</source>
        <translation>اسم ال&amp;محطة:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a name for this station to go on.</source>
        <translation>أدخل اسمًا لهذه المحطة للمتابعة.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location line="+272"/>
        <source>Check the election before creating it</source>
        <translation>راجع الانتخاب قبل إنشائه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create the election</source>
        <translation>إ&amp;نشاء الانتخاب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the election is final: its title, options and stations cannot be changed afterwards. Go Back to change anything.</source>
        <translation>إنشاء الانتخاب نهائي: لا يمكن بعده تغيير عنوانه وخياراته ومحطاته. عُد إلى الخلف لتغيير أي شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating is final</source>
        <translation>الإنشاء نهائي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the election</source>
        <translation>مشكلة في الانتخاب</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({fp}) — this station, the election authority</source>
        <translation>{name} ({fp}) — هذه المحطة، السلطة الانتخابية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations:</source>
        <translation>المحطات:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>secret ballot; {k} of {n} trustee stations decrypt the result after the close</source>
        <translation>اقتراع سري؛ تفك {k} من {n} محطات أمناء تشفير النتيجة بعد الإغلاق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open: votes are public; results {mode}</source>
        <translation>مفتوح: الأصوات علنية؛ النتائج {mode}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live</source>
        <translation>مباشرة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>only after the close</source>
        <translation>بعد الإغلاق فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty:</source>
        <translation>الصعوبة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{bits} bits</source>
        <translation>{bits} بت</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../../votingapp/gui/booth_speech.py" line="+55"/>
        <source>no text-to-speech engine is installed (speech-dispatcher and espeak-ng)</source>
        <extracomment>The engines a voter can hear, best first (``flite`` where a Qt build ships that plugin).</extracomment>
        <translation>لا يوجد محرك لتحويل النص إلى كلام مثبّت (speech-dispatcher وespeak-ng)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>does not start</source>
        <translation>لا يبدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{engine}: {error}</source>
        <translation>{engine}: {error}</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the speech engine stopped</source>
        <translation>توقف محرك النطق</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no answer from the speech engine in {n} s</source>
        <translation>لم يستجب محرك النطق خلال {n} ث</translation>
    </message>
</context>
<context>
    <name>VoteBars</name>
    <message>
        <location filename="../../votingapp/gui/vote_bars.py" line="+74"/>
        <source>{option}: {count} votes</source>
        <translation>{option}: {count} صوت</translation>
    </message>
</context>
<context>
    <name>VoterSettingsBar</name>
    <message>
        <location filename="../../votingapp/gui/booth_settings.py" line="+82"/>
        <source>Text size:</source>
        <translation>حجم النص:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A</source>
        <comment>the letter shown on the text size buttons, a capital of the language&apos;s script</comment>
        <translation>A</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Standard text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Large text</source>
        <translation>نص كبير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest text</source>
        <translation>أكبر نص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contrast:</source>
        <translation>التباين:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>عادي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Black on white</source>
        <translation>أسود على أبيض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White on black</source>
        <translation>أبيض على أسود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contrast: {name}</source>
        <translation>التباين: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Aa</source>
        <comment>a sample of text on the contrast buttons, in the language&apos;s script</comment>
        <translation>Aa</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <location filename="../../votingapp/gui/booth_pages.py" line="+106"/>
        <location line="+1"/>
        <source>Please wait</source>
        <translation>يرجى الانتظار</translation>
    </message>
</context>
<context>
    <name>_Curtain</name>
    <message>
        <location filename="../../votingapp/gui/booth_audio.py" line="-374"/>
        <location line="+1"/>
        <source>Screen blanked</source>
        <translation>الشاشة مخفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio ballot in use: the screen is blanked for privacy (F2 shows it).</source>
        <translation>الاقتراع الصوتي قيد الاستخدام: الشاشة مخفية حفاظًا على السرية (F2 يظهرها).</translation>
    </message>
</context>
</TS>
