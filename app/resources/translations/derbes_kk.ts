<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="48"/>
        <source>About Derbes</source>
        <translation>Derbes туралы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="53"/>
        <source>Derbes: the compliance officer&apos;s desk for personal-data requests</source>
        <translation>Derbes — дербес деректерді өңдеуді ұйымдастыруға жауапты тұлғаның өтініштермен жұмыс істеуге арналған жұмыс орны</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="63"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="64"/>
        <source>Version:</source>
        <translation>Нұсқа:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="66"/>
        <source>not stated in the package metadata</source>
        <translation>бағдарлама пакетінің деректерінде көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="68"/>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="71"/>
        <source>PT Serif (ParaType Ltd.), under the ParaType Free Font License</source>
        <translation>PT Serif (ParaType Ltd.), ParaType Free Font License лицензиясы бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="73"/>
        <source>Fonts:</source>
        <translation>Қаріптер:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="76"/>
        <source>Qt {0}, PySide6 {1}, Python {2}</source>
        <translation>Qt {0}, PySide6 {1}, Python {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="80"/>
        <source>Runs on:</source>
        <translation>Жұмыс ортасы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="81"/>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="84"/>
        <source>Licence of the bundled fonts:</source>
        <translation>Бағдарламамен бірге жеткізілетін қаріптердің лицензиясы:</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/settings/audit_page.py" line="38"/>
        <source>&amp;Audit log</source>
        <translation>&amp;Аудит журналы</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_page.py" line="49"/>
        <source>Every change is written to the audit log, each entry sealed with the one before it. The check recomputes the seals and compares the log with what this computer remembers of it, so an edited, deleted or rewritten entry is found.</source>
        <translation>Әрбір өзгеріс аудит журналына жазылады, әр жазбаның хэші алдыңғы жазбамен байланыстырылады. Тексеру хэштерді қайта есептеп, журналды осы компьютер ол туралы есте сақтаған мәліметтермен салыстырады, сондықтан өзгертілген, жойылған немесе қайта жазылған жазба анықталады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_page.py" line="59"/>
        <source>&amp;Check the audit log</source>
        <translation>Аудит журналын &amp;тексеру</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/audit_page.py" line="99"/>
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>Аудит журналы бүтін: %n жазба тексерілді.</numerusform>
            <numerusform>Аудит журналы бүтін: %n жазба тексерілді.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_page.py" line="102"/>
        <source>This was its first check on this computer: from now on the computer remembers the log&apos;s newest entry, so deleting entries will be noticed.</source>
        <translation>Бұл журналдың осы компьютердегі алғашқы тексерісі болды: енді компьютер журналдың ең соңғы жазбасын есте сақтайды, сондықтан жазбалардың жойылуы байқалады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/audit_page.py" line="109"/>
        <source>The audit log is broken: %n problem(s) found.</source>
        <translation>
            <numerusform>Аудит журналы бұзылған: %n ақау табылды.</numerusform>
            <numerusform>Аудит журналы бұзылған: %n ақау табылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/audit_page.py" line="111"/>
        <source>%n entries checked.</source>
        <translation>
            <numerusform>%n жазба тексерілді.</numerusform>
            <numerusform>%n жазба тексерілді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="33"/>
        <source>daily</source>
        <translation>күнделікті</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="34"/>
        <source>made by hand</source>
        <translation>қолмен жасалған</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="35"/>
        <source>before an upgrade</source>
        <translation>жаңарту алдында</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="36"/>
        <source>before a restore</source>
        <translation>қалпына келтіру алдында</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="45"/>
        <source>Copying the database… {0} %</source>
        <translation>Дерекқор көшірілуде… {0} %</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="46"/>
        <source>Copying the database…</source>
        <translation>Дерекқор көшірілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="49"/>
        <source>Checking the copy… {0} %</source>
        <translation>Көшірме тексерілуде… {0} %</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="50"/>
        <source>Checking the copy…</source>
        <translation>Көшірме тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="53"/>
        <source>Checking the copy&apos;s audit log… {0} %</source>
        <translation>Көшірменің аудит журналы тексерілуде… {0} %</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="54"/>
        <source>Checking the copy&apos;s audit log…</source>
        <translation>Көшірменің аудит журналы тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="67"/>
        <source>&amp;Backups</source>
        <translation>&amp;Сақтық көшірмелер</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="78"/>
        <source>Derbes backs up the database once a day when it starts, and before every upgrade. Each backup is checked when it is made: it opens, it is whole, and its audit log verifies.</source>
        <translation>Derbes іске қосылғанда дерекқордың сақтық көшірмесін күніне бір рет, сондай-ақ әрбір жаңарту алдында жасайды. Әр сақтық көшірме жасалған кезде тексеріледі: ол ашылады, тұтас, әрі оның аудит журналы тексеруден өтеді.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="89"/>
        <source>Made</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="89"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="89"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="89"/>
        <source>Checked</source>
        <translation>Тексерілуі</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="100"/>
        <source>Back up &amp;now</source>
        <translation>Қазір көшірме &amp;жасау</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="102"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="105"/>
        <source>Restore from a &amp;file…</source>
        <translation>&amp;Файлдан қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="115"/>
        <source>Keep the daily backups of the last</source>
        <translation>Күнделікті сақтық көшірмелерді соңғы</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="123"/>
        <source>days and of the last</source>
        <translation>күн бойы, апталық көшірмелерді соңғы</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="125"/>
        <source>weeks.</source>
        <translation>апта бойы сақтау.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="155"/>
        <source>verified</source>
        <translation>тексерілген</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="155"/>
        <source>not verified</source>
        <translation>тексерілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="191"/>
        <source>Backed up and checked: {0}</source>
        <translation>Сақтық көшірме жасалып, тексерілді: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="218"/>
        <source>Backing up…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="243"/>
        <source>Replace the database by the backup made {0}?

What was recorded after it will no longer be in the database. A copy of the current database is kept in the backups folder first.</source>
        <translation>Дерекқор {0} жасалған сақтық көшірмемен алмастырылсын ба?

Одан кейін жазылғандар дерекқорда болмайды. Алдымен ағымдағы дерекқордың көшірмесі сақтық көшірмелер қалтасында сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="252"/>
        <location filename="../../ui/settings/backups_page.py" line="269"/>
        <location filename="../../ui/settings/backups_page.py" line="289"/>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="254"/>
        <source>Derbes backups (*.sqlite3 *.zip);;All files (*)</source>
        <translation>Derbes сақтық көшірмелері (*.sqlite3 *.zip);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="261"/>
        <source>Replace the database by the backup {0}?

The backup is checked first. A copy of the current database is kept in the backups folder.</source>
        <translation>Дерекқор {0} сақтық көшірмесімен алмастырылсын ба?

Алдымен сақтық көшірме тексеріледі. Ағымдағы дерекқордың көшірмесі сақтық көшірмелер қалтасында сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="275"/>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="287"/>
        <source>Restoring the backup…</source>
        <translation>Сақтық көшірме қалпына келтірілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="300"/>
        <source>(the database was empty)</source>
        <translation>(дерекқор бос болған)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="303"/>
        <source>Restored the backup {0}. The database it replaced is kept at {1}.</source>
        <translation>{0} сақтық көшірмесі қалпына келтірілді. Ол алмастырған дерекқор мына жерде сақталды: {1}.</translation>
    </message>
</context>
<context>
    <name>BatchLettersDialog</name>
    <message>
        <location filename="../../ui/letters/batch.py" line="168"/>
        <source>Letters for several requests — Derbes</source>
        <translation>Бірнеше өтінішке хаттар — Derbes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/letters/batch.py" line="183"/>
        <source>Letters for %n request(s)</source>
        <translation>
            <numerusform>%n өтінішке хаттар</numerusform>
            <numerusform>%n өтінішке хаттар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/letters/batch.py" line="252"/>
        <source>and %n more</source>
        <translation>
            <numerusform>және тағы %n</numerusform>
            <numerusform>және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="268"/>
        <source>None of these requests may have this letter</source>
        <translation>Бұл хат осы өтініштердің ешқайсысына жарамайды</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/letters/batch.py" line="270"/>
        <source>%n of these requests may have this letter</source>
        <translation>
            <numerusform>Бұл хат осы өтініштердің %n өтінішіне жарайды</numerusform>
            <numerusform>Бұл хат осы өтініштердің %n өтінішіне жарайды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="310"/>
        <location filename="../../../forms/batch_letters.ui" line="203"/>
        <source>&amp;Make the letters</source>
        <translation>Хаттарды &amp;жасау</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="310"/>
        <source>&amp;Print…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="313"/>
        <source>Folder for the letters</source>
        <translation>Хаттарға арналған қалта</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="333"/>
        <source>Choose the folder the files are written to.</source>
        <translation>Файлдар жазылатын қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="337"/>
        <source>There is no folder {0}.</source>
        <translation>{0} қалтасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="348"/>
        <source>Derbes letters</source>
        <translation>Derbes хаттары</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="352"/>
        <source>Print the letters</source>
        <translation>Хаттарды басып шығару</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="382"/>
        <source>Starting…</source>
        <translation>Басталуда…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="414"/>
        <source>Stopping after the letter being made…</source>
        <translation>Жасалып жатқан хаттан кейін тоқтатылады…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="442"/>
        <source>Reading the cases: {0} of {1}…</source>
        <translation>Өтініштер оқылуда: {1} ішінен {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="447"/>
        <source>Printing page {0} of {1}…</source>
        <translation>{1} беттің {0}-беті басылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="454"/>
        <source>{0} of {1} letters made; last: {2}</source>
        <translation>{1} хаттың {0} хаты жасалды; соңғысы: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="476"/>
        <source>✓ {0} printed</source>
        <translation>✓ {0} басып шығарылды</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="478"/>
        <source>– {0} made, not printed</source>
        <translation>– {0} жасалды, басып шығарылмады</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="483"/>
        <source>✗ {0}: {1}</source>
        <translation>✗ {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="488"/>
        <source>Stopped: {0} of {1} letters made.</source>
        <translation>Тоқтатылды: {1} хаттың {0} хаты жасалды.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="490"/>
        <source>Nothing was printed.</source>
        <translation>Ештеңе басып шығарылмады.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="492"/>
        <source>{0} letters printed, {1} pages in one job.</source>
        <translation>{0} хат басып шығарылды, бір тапсырмада {1} бет.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="496"/>
        <source>{0} letters made, none printed.</source>
        <translation>{0} хат жасалды, бірде-біреуі басып шығарылмады.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="498"/>
        <source>{0} of {1} letters written to {2}.</source>
        <translation>{1} хаттың {0} хаты мына қалтаға жазылды: {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/letters/batch.py" line="503"/>
        <source>%n request(s) could not have the letter:</source>
        <translation>
            <numerusform>Хат жасау мүмкін болмаған өтініштер саны — %n:</numerusform>
            <numerusform>Хат жасау мүмкін болмаған өтініштер саны — %n:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="508"/>
        <source>The batch stopped: {0}</source>
        <translation>Топтама тоқтатылды: {0}</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="9"/>
        <source>Letters for several requests</source>
        <translation>Бірнеше өтінішке хаттар</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="38"/>
        <source>&amp;Kind:</source>
        <translation>Т&amp;үрі:</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="48"/>
        <source>Each letter states what its own case&apos;s Withdrawal tab recorded; a case not complete yet is listed with what is missing.</source>
        <translation>Әр хатта өз ісінің «Кері қайтарып алу» қойындысында тіркелгені жазылады; жұмысы аяқталмаған іс нені жетіспейтіні көрсетіліп тізімге шығарылады.</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="54"/>
        <source>&amp;Question:</source>
        <translation>&amp;Сұрақ:</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="60"/>
        <source>What every subject is asked to clarify (empty: a blank in each letter)</source>
        <translation>Әр субъектіден нені нақтылау сұралады (бос болса — әр хатта толтыруға арналған бос орын)</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="72"/>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="81"/>
        <source>Each in the language of its &amp;letter (Kazakh when it came in another one)</source>
        <translation>Әрқайсысы өз &amp;хатының тілінде (басқа тілде келсе — қазақ тілінде)</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="88"/>
        <source>All in Ka&amp;zakh</source>
        <translation>Барлығы қазақ ті&amp;лінде</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="94"/>
        <source>All in &amp;both languages (Kazakh and Russian)</source>
        <translation>Барлығы &amp;екі тілде (қазақ және орыс)</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="101"/>
        <source>Output:</source>
        <translation>Нәтиже:</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="111"/>
        <source>&amp;Save one file per request</source>
        <translation>Әр өтінішке бір &amp;файлдан сақтау</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="117"/>
        <source>PDF to print or send; DOCX to edit in Word or LibreOffice</source>
        <translation>PDF — басып шығаруға немесе жіберуге; DOCX — Word немесе LibreOffice бағдарламасында өңдеуге</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="122"/>
        <source>The folder the files are written to</source>
        <translation>Файлдар жазылатын қалта</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="127"/>
        <source>&amp;Folder…</source>
        <translation>&amp;Қалта…</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="141"/>
        <source>&amp;Print them all in one print job</source>
        <translation>Барлығын бір баспа тапсырмасымен &amp;басып шығару</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="151"/>
        <source>The letters are drafts without outgoing numbers, and any [[blanks]] stay for you to fill in. Finalise a letter in its case.</source>
        <translation>Хаттар шығыс нөмірі жоқ жобалар болып табылады, ал [[бос орындарды]] өзіңіз толтырасыз. Хатты өз ісінде түпкілікті ресімдеңіз.</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="191"/>
        <source>&amp;Open the folder</source>
        <translation>Қалтаны &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="209"/>
        <source>S&amp;top</source>
        <translation>&amp;Тоқтату</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="215"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>Bugs</name>
    <message>
        <location filename="../../ui/bugs.py" line="61"/>
        <source>Derbes: something went wrong</source>
        <translation>Derbes: бірдеңе дұрыс болмады</translation>
    </message>
    <message>
        <location filename="../../ui/bugs.py" line="63"/>
        <source>Something went wrong inside Derbes ({error}). What you were doing may not have been finished; the window keeps working.</source>
        <translation>Derbes ішінде қате шықты ({error}). Істеп жатқан ісіңіз аяқталмаған болуы мүмкін; терезе жұмысын жалғастырады.</translation>
    </message>
    <message>
        <location filename="../../ui/bugs.py" line="70"/>
        <source>The details are written to the log file:
{path}</source>
        <translation>Толығырақ мәлімет журнал файлына жазылды:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/bugs.py" line="74"/>
        <source>No log file is being written.</source>
        <translation>Журнал файлы жазылып жатқан жоқ.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="70"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Күнтізбе</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="85"/>
        <source>Working days are Monday to Friday without the public holidays and the days off the government moved, plus the working Saturdays it named. When a transfer is announced during the year, add it here as an override.</source>
        <translation>Жұмыс күндері — мереке күндері мен Үкімет ауыстырған демалыс күндерін қоспағанда, дүйсенбіден жұмаға дейінгі күндер, сондай-ақ Үкімет жұмыс күні деп белгілеген сенбілер. Жыл ішінде күн ауыстыру жарияланса, оны осында түзету ретінде қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="95"/>
        <source>&amp;Year:</source>
        <translation>Ж&amp;ыл:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="114"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="115"/>
        <source>Weekday</source>
        <translation>Апта күні</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="116"/>
        <source>Working?</source>
        <translation>Жұмыс күні ме?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="117"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="118"/>
        <source>Override</source>
        <translation>Түзету</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="154"/>
        <source>&lt;span style=&apos;background:#fbe9e7;color:#8c2a1c&apos;&gt;&amp;nbsp;12&amp;nbsp;&lt;/span&gt; day off &amp;nbsp; &lt;span style=&apos;background:#e8f3e8;color:#2e6b34&apos;&gt;&amp;nbsp;12&amp;nbsp;&lt;/span&gt; working weekend day &amp;nbsp; &lt;b&gt;&lt;u&gt;12&lt;/u&gt;&lt;/b&gt; your override</source>
        <translation>&lt;span style=&apos;background:#fbe9e7;color:#8c2a1c&apos;&gt;&amp;nbsp;12&amp;nbsp;&lt;/span&gt; демалыс күні &amp;nbsp; &lt;span style=&apos;background:#e8f3e8;color:#2e6b34&apos;&gt;&amp;nbsp;12&amp;nbsp;&lt;/span&gt; жұмыс істейтін демалыс күні &amp;nbsp; &lt;b&gt;&lt;u&gt;12&lt;/u&gt;&lt;/b&gt; сіздің түзетуіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="169"/>
        <source>&amp;Add an override…</source>
        <translation>Түзету &amp;қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="171"/>
        <source>Make a date a holiday or a working day (a government transfer)</source>
        <translation>Күнді мереке немесе жұмыс күні ету (Үкіметтің күн ауыстыруы)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="174"/>
        <source>&amp;Edit the override…</source>
        <translation>Түзетуді &amp;өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="177"/>
        <source>&amp;Remove the override</source>
        <translation>Т&amp;үзетуді алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="225"/>
        <source>working day</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="225"/>
        <source>day off</source>
        <translation>демалыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="227"/>
        <source>yours</source>
        <translation>сіздікі</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="252"/>
        <source>%1: %2 days off on weekdays, %3 working weekend days, %4 overrides of yours</source>
        <translation>%1 жыл: жұмыс күндеріне түскен демалыс — %2, жұмыс істейтін демалыс күндері — %3, сіздің түзетулеріңіз — %4</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="369"/>
        <source>The override is saved.</source>
        <translation>Түзету сақталды.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="378"/>
        <source>Remove the override</source>
        <translation>Түзетуді алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="380"/>
        <source>Remove the override on %1? The day becomes what the official calendar says, and open requests&apos; due dates are counted again.</source>
        <translation>%1 күнгі түзету алып тасталсын ба? Күн ресми күнтізбе бойынша болады, ал қаралудағы өтініштердің мерзімдері қайта есептеледі.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="389"/>
        <source>&amp;Remove</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="410"/>
        <source>The override is removed.</source>
        <translation>Түзету алып тасталды.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="421"/>
        <source>The override is removed from the calendar.</source>
        <translation>Түзету күнтізбеден алып тасталды.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/calendar_page.py" line="439"/>
        <source>Open requests whose due date moved: %n.</source>
        <translation>
            <numerusform>Мерзімі өзгерген қаралудағы өтініштер: %n.</numerusform>
            <numerusform>Мерзімі өзгерген қаралудағы өтініштер: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="441"/>
        <source>Settings › Deadlines can undo it.</source>
        <translation>Мұны «Баптаулар › Мерзімдер» бөлімінде болдырмауға болады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="443"/>
        <source>No open request&apos;s due date moved.</source>
        <translation>Қаралудағы өтініштердің мерзімдері өзгерген жоқ.</translation>
    </message>
</context>
<context>
    <name>CaseFileAction</name>
    <message>
        <location filename="../../ui/case_file_action.py" line="45"/>
        <source>Case &amp;file…</source>
        <translation>Іс &amp;материалдары…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="47"/>
        <source>The whole case in one PDF, for the regulator or a court ({0})</source>
        <translation>Істің барлық материалы бір PDF-те — уәкілетті органға немесе сотқа ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="55"/>
        <source>Case file in Kazakh…</source>
        <translation>Іс материалдары қазақ тілінде…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="57"/>
        <source>Case file in Russian…</source>
        <translation>Іс материалдары орыс тілінде…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="92"/>
        <source>Save the case file</source>
        <translation>Іс материалдарын сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="98"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="124"/>
        <source>Reading the case…</source>
        <translation>Іс оқылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="124"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="127"/>
        <location filename="../../ui/case_file_action.py" line="187"/>
        <source>Case file</source>
        <translation>Іс материалдары</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="135"/>
        <source>Making the case file…</source>
        <translation>Іс материалдары жасалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="144"/>
        <source>Putting the case file together…</source>
        <translation>Іс материалдары жинақталуда…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="168"/>
        <location filename="../../ui/case_file_action.py" line="184"/>
        <source>The case file was not made</source>
        <translation>Іс материалдары жасалмады</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="178"/>
        <source>Saved {0}</source>
        <translation>{0} сақталды</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../ui/case_actions_part.py" line="30"/>
        <source>Move the request to another status</source>
        <translation>Өтінішті басқа мәртебеге ауыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="31"/>
        <source>Wait for the subject&apos;s clarification: the deadline stops running</source>
        <translation>Субъектінің нақтылауын күту: мерзімнің өтуі тоқтатылады</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="34"/>
        <source>The subject answered: the remaining working days count again</source>
        <translation>Субъект жауап берді: қалған жұмыс күндері қайта есептеледі</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="37"/>
        <source>Give more time, with a reason that is recorded</source>
        <translation>Мерзімді ұзарту (себебі тіркеледі)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="87"/>
        <source>Case — Derbes</source>
        <translation>Іс — Derbes</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="90"/>
        <source>Letters</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="407"/>
        <source>Letters ({0})</source>
        <translation>Хаттар ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="129"/>
        <source>Nobody yet</source>
        <translation>Әзірге ешкім</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="93"/>
        <source>Withdrawal</source>
        <translation>Кері қайтарып алу</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="233"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="251"/>
        <source>This case cannot be shown: {0}</source>
        <translation>Бұл істі көрсету мүмкін емес: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="269"/>
        <source>{number} — {sender} — Derbes</source>
        <translation>{number} — {sender} — Derbes</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="282"/>
        <source>Yes, signed by hand</source>
        <translation>Иә, қолмен қол қойылған</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="282"/>
        <source>No handwritten signature</source>
        <translation>Қолмен қойылған қолы жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="23"/>
        <source>Closed {0}</source>
        <translation>{0} күні жабылды</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="26"/>
        <source>Due {0}</source>
        <translation>Мерзімі: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="28"/>
        <source>Clock stopped · {0} working days remain</source>
        <translation>Мерзім тоқтатылды · {0} жұмыс күні қалды</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="32"/>
        <source>Overdue by {0} working days · due {1}</source>
        <translation>Мерзімі {0} жұмыс күніне өтті · мерзімі {1}</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="36"/>
        <source>Due today</source>
        <translation>Мерзімі — бүгін</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="37"/>
        <source>Due {0} · {1} working days left</source>
        <translation>Мерзімі {0} · {1} жұмыс күні қалды</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="45"/>
        <source>— (the request is {0})</source>
        <translation>— (өтініш {0})</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="49"/>
        <source>{0} remain; the clock stopped on {1}</source>
        <translation>{0} қалды; мерзім {1} күні тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="53"/>
        <source>Overdue by {0}</source>
        <translation>Мерзімі {0} күнге өтті</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="57"/>
        <source>0 — due today</source>
        <translation>0 — мерзімі бүгін</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="188"/>
        <source>none while the clock is stopped</source>
        <translation>мерзім тоқтатылған кезде белгіленбейді</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="78"/>
        <location filename="../../ui/case_deadline.py" line="201"/>
        <source>{0} working days</source>
        <translation>{0} жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="203"/>
        <source>{0} working days + {1} by extension</source>
        <translation>{0} жұмыс күні + ұзарту бойынша {1}</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="73"/>
        <source>Received</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="74"/>
        <source>{0} — day 0</source>
        <translation>{0} — 0-күн</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="77"/>
        <source>Term</source>
        <translation>Қарау мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="81"/>
        <source>Day 1</source>
        <translation>1-күн</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="84"/>
        <source> on {0}</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="89"/>
        <source>Extended</source>
        <translation>Ұзартылды</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="91"/>
        <source>+{0} working days{1}: {2}</source>
        <translation>+{0} жұмыс күні{1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="101"/>
        <source>not resumed</source>
        <translation>жалғастырылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="107"/>
        <source>Clock stopped</source>
        <translation>Мерзім тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="121"/>
        <location filename="../../ui/case_deadline.py" line="126"/>
        <location filename="../../ui/case_deadline.py" line="131"/>
        <source>Not counted</source>
        <translation>Есептелмейді</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="127"/>
        <source>{0} Saturdays and Sundays</source>
        <translation>{0} сенбі және жексенбі</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="132"/>
        <source>{0} working days while the clock was stopped</source>
        <translation>мерзім тоқтатылған кездегі {0} жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="139"/>
        <location filename="../../ui/case_deadline.py" line="148"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="141"/>
        <source>{0} — working day {1}</source>
        <translation>{0} — {1}-жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="150"/>
        <source>none while the clock is stopped; {0} working days remain</source>
        <translation>мерзім тоқтатылған кезде белгіленбейді; {0} жұмыс күні қалды</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="321"/>
        <source>No subject linked</source>
        <translation>Субъект байланыстырылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="324"/>
        <source>Link the record of the person who wrote, found by IIN or by name.</source>
        <translation>Хат жазған адамның жазбасын ЖСН немесе аты-жөні бойынша тауып, байланыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="326"/>
        <location filename="../../../forms/case_view.ui" line="225"/>
        <source>&amp;Link a subject…</source>
        <translation>Субъектіні &amp;байланыстыру…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="332"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="333"/>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="334"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="337"/>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="338"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="339"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="340"/>
        <source>Account</source>
        <translation>Есептік жазбасы</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="341"/>
        <source>Client</source>
        <translation>Клиенті</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="358"/>
        <source>Reveal the IIN (Ctrl+Shift+I)</source>
        <translation>ЖСН-ді көрсету (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="361"/>
        <source>&amp;Change…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="366"/>
        <source>Find the subject by IIN or name in any script (Ctrl+L)</source>
        <translation>Субъектіні ЖСН немесе кез келген әліпбидегі аты-жөні бойынша табу (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="369"/>
        <source>Remove the link; the subject&apos;s record stays as it is</source>
        <translation>Байланысты алып тастау; субъектінің жазбасы өзгеріссіз қалады</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="57"/>
        <source>Letter registered</source>
        <translation>Хат тіркелді</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="61"/>
        <source>Status: {0} → {1}</source>
        <translation>Мәртебе: {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="67"/>
        <source>Clock stopped on {0}</source>
        <translation>Мерзім {0} күні тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="71"/>
        <source>Clock resumed on {0}</source>
        <translation>Мерзім {0} күні жалғастырылды</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="76"/>
        <source>Extended by {0} working days, to {1}</source>
        <translation>{0} жұмыс күніне ұзартылды, жаңа мерзімі — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="80"/>
        <source>Extended by {0} working days</source>
        <translation>{0} жұмыс күніне ұзартылды</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="85"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="107"/>
        <source>Letter {0} sent on {1}: {2}</source>
        <translation>{0} хаты {1} жіберілді: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="112"/>
        <source>Tracking number {0}</source>
        <translation>Трек-нөмірі {0}</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="118"/>
        <source>Letter {0} delivered on {1}</source>
        <translation>{0} хаты {1} табыс етілді</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="122"/>
        <source>Letter {0} returned on {1}</source>
        <translation>{0} хаты {1} қайтарылды</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="125"/>
        <source>No delivery notice of letter {0} within {1} days of {2}</source>
        <translation>{0} хаты бойынша {2} бастап {1} күн ішінде табыс ету хабарламасы келмеді</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="393"/>
        <source>Timeline ({0})</source>
        <translation>Хронология ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="135"/>
        <source>Nothing yet.</source>
        <translation>Әзірге ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="412"/>
        <source>Scans ({0})</source>
        <translation>Скан-көшірмелер ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="85"/>
        <source>Add the note to the timeline (Ctrl+Enter)</source>
        <translation>Ескертпені хронологияға қосу (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="91"/>
        <source>&amp;Dispatch…</source>
        <translation>&amp;Жіберу…</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="115"/>
        <source>Add the Kazakh reason…</source>
        <translation>Себебін қазақша қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="117"/>
        <source>Add the Russian reason…</source>
        <translation>Себебін орысша қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="121"/>
        <source>The extension&apos;s reason has no text in this language: its notice in this language cannot be made until it is recorded</source>
        <translation>Ұзарту себебі бұл тілде жазылмаған: ол жазылмайынша бұл тілдегі хабарламаны жасау мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="142"/>
        <source>Record how the final letters were sent</source>
        <translation>Түпкілікті хаттардың қалай жіберілгенін тіркеу</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="144"/>
        <source>No final letter waits to be posted</source>
        <translation>Жіберуді күтіп тұрған түпкілікті хат жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="200"/>
        <source>Unlink the subject</source>
        <translation>Субъектіні ажырату</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="202"/>
        <source>Unlink {0} from {1}? The subject&apos;s record stays as it is.</source>
        <translation>{0} субъектісі {1} өтінішінен ажыратылсын ба? Субъектінің жазбасы өзгеріссіз қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="207"/>
        <source>Unlink</source>
        <translation>Ажырату</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="246"/>
        <source>Assign the request to {0}</source>
        <translation>Өтінішті тағайындау: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="250"/>
        <source>Leave the request unassigned</source>
        <translation>Өтінішті ешкімге тағайындамау</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="9"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="48"/>
        <source>Status of the request</source>
        <translation>Өтініштің мәртебесі</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="56"/>
        <source>Due date and working days left</source>
        <translation>Мерзімі және қалған жұмыс күндері</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="68"/>
        <source>Change &amp;status…</source>
        <translation>&amp;Мәртебені өзгерту…</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="73"/>
        <source>Sto&amp;p the clock…</source>
        <translation>Мерзімді &amp;тоқтату…</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="78"/>
        <source>&amp;Resume the clock…</source>
        <translation>Мерзімді &amp;жалғастыру…</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="83"/>
        <source>E&amp;xtend…</source>
        <translation>&amp;Ұзарту…</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="124"/>
        <source>Deadline and work</source>
        <translation>Мерзім және орындау</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="128"/>
        <source>Due date:</source>
        <translation>Орындау мерзімі:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="134"/>
        <source>Working days left:</source>
        <translation>Қалған жұмыс күндері:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="140"/>
        <source>Term:</source>
        <translation>Қарау мерзімі:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="147"/>
        <source>Assi&amp;gnee:</source>
        <translation>&amp;Орындаушы:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="158"/>
        <source>Who works on this request (Ctrl+Shift+A)</source>
        <translation>Өтінішті кім орындайды (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="163"/>
        <source>&amp;Assign</source>
        <translation>Та&amp;ғайындау</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="177"/>
        <source>How was the due date counted?</source>
        <translation>Мерзім қалай есептелді?</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="198"/>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="220"/>
        <source>&amp;Open subject</source>
        <translation>Субъектіні а&amp;шу</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="230"/>
        <source>&amp;Unlink</source>
        <translation>Ажы&amp;рату</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="246"/>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="249"/>
        <source>Number:</source>
        <translation>Нөмірі:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="251"/>
        <source>Operator:</source>
        <translation>Оператор:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="253"/>
        <source>Type:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="255"/>
        <source>Sender:</source>
        <translation>Жіберуші:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="257"/>
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="259"/>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="261"/>
        <source>Signed:</source>
        <translation>Қолы:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="263"/>
        <source>Channel:</source>
        <translation>Түсу тәсілі:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="265"/>
        <source>Postmark:</source>
        <translation>Мөртабан:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="267"/>
        <source>Letter date:</source>
        <translation>Хаттың күні:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="269"/>
        <source>Received:</source>
        <translation>Түсті:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="271"/>
        <source>Registered:</source>
        <translation>Тіркелді:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="273"/>
        <source>Summary:</source>
        <translation>Мазмұны:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="290"/>
        <source>Scans</source>
        <translation>Скан-көшірмелер</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="298"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="306"/>
        <source>Add a note to the case: what was done, who was called… (Ctrl+Enter saves)</source>
        <translation>Іске ескертпе қосыңыз: не істелді, кімге қоңырау шалынды… (Ctrl+Enter — сақтау)</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="311"/>
        <source>Add &amp;note</source>
        <translation>&amp;Ескертпе қосу</translation>
    </message>
</context>
<context>
    <name>ChangeStatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions/status.py" line="25"/>
        <source>Change the status — {0}</source>
        <translation>Мәртебені өзгерту — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/status.py" line="29"/>
        <source>Change status</source>
        <translation>Мәртебені өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/status.py" line="31"/>
        <source>{0} is now &lt;b&gt;{1}&lt;/b&gt;.</source>
        <translation>{0} өтінішінің қазіргі мәртебесі: &lt;b&gt;{1}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/status.py" line="63"/>
        <source>“{0}” is final: the request closes today and cannot be reopened. You will be asked to confirm.</source>
        <translation>«{0}» — соңғы мәртебе: өтініш бүгін жабылады және оны қайта ашуға болмайды. Растау сұралады.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/status.py" line="73"/>
        <source>No status can follow this one.</source>
        <translation>Бұл мәртебеден кейін басқа мәртебе болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/status.py" line="79"/>
        <source>Confirm a final status</source>
        <translation>Соңғы мәртебені растау</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/status.py" line="81"/>
        <source>Mark {0} as “{1}”? This cannot be undone.</source>
        <translation>{0} өтінішіне «{1}» мәртебесі берілсін бе? Бұл әрекетті болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../../forms/change_status.ui" line="9"/>
        <source>Change the status</source>
        <translation>Мәртебені өзгерту</translation>
    </message>
    <message>
        <location filename="../../../forms/change_status.ui" line="24"/>
        <source>&amp;New status:</source>
        <translation>&amp;Жаңа мәртебе:</translation>
    </message>
    <message>
        <location filename="../../../forms/change_status.ui" line="40"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../../forms/change_status.ui" line="47"/>
        <source>Optional: why, or what was done</source>
        <translation>Міндетті емес: себебі немесе не істелгені</translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="65"/>
        <source>Stop the clock — {0}</source>
        <translation>Мерзімді тоқтата тұру — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="68"/>
        <source>While {0} waits for the subject&apos;s clarification its deadline does not run: the working days after the date below are not counted until the clock resumes, and then the remaining days continue.</source>
        <translation>{0} өтініші субъектінің нақтылауын күтіп тұрғанда, оның мерзімі өтпейді: төменде көрсетілген күннен кейінгі жұмыс күндері мерзім жалғастырылғанға дейін есептелмейді, содан кейін қалған күндер жалғасады.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="73"/>
        <source>Stopped &amp;on:</source>
        <translation>&amp;Тоқтатылған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="74"/>
        <location filename="../../../forms/stop_clock.ui" line="43"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="76"/>
        <source>What was the subject asked to clarify or provide?</source>
        <translation>Субъектіден нені нақтылау немесе ұсыну сұралды?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="78"/>
        <location filename="../../../forms/stop_clock.ui" line="9"/>
        <source>Stop the clock</source>
        <translation>Мерзімді тоқтату</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="80"/>
        <source>Resume the clock — {0}</source>
        <translation>Мерзімді жалғастыру — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="83"/>
        <source>The clock of {0} stopped on {1}. From the day after the resume date the remaining {2} working days count again.</source>
        <translation>{0} өтінішінің мерзімі {1} күні тоқтатылды. Жалғастыру күнінен кейінгі күннен бастап қалған {2} жұмыс күні қайта есептеледі.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="87"/>
        <source>Resumed &amp;on:</source>
        <translation>&amp;Жалғастырылған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="88"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="90"/>
        <source>Optional: what the subject answered, and when it arrived</source>
        <translation>Міндетті емес: субъект не деп жауап берді және жауап қашан келді</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="92"/>
        <source>Resume the clock</source>
        <translation>Мерзімді жалғастыру</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="137"/>
        <source>The due date becomes {0} ({1} working days after {2}).</source>
        <translation>Мерзімі {0} болады ({2} күнінен кейінгі {1} жұмыс күні).</translation>
    </message>
    <message>
        <location filename="../../../forms/stop_clock.ui" line="24"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="88"/>
        <source>Columns</source>
        <translation>Бағандар</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="89"/>
        <source>Check how the file is read and which column holds which field.</source>
        <translation>Файлдың қалай оқылатынын және қай бағанда қай өріс тұрғанын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="92"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 (BOM белгісімен)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="93"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="94"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кирилл)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="95"/>
        <source>KZ-1048 (Kazakh)</source>
        <translation>KZ-1048 (қазақ)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="100"/>
        <source>Semicolon ;</source>
        <translation>Нүктелі үтір ;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="101"/>
        <source>Comma ,</source>
        <translation>Үтір ,</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="102"/>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="108"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодтау:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="109"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Бөлгіш:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="156"/>
        <source>(not imported)</source>
        <translation>(импортталмайды)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="175"/>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="179"/>
        <source>Choose the column that holds the surname.</source>
        <translation>Тегі жазылған бағанды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="182"/>
        <source>Each field can come from one column only.</source>
        <translation>Әр өріс тек бір бағаннан алынады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard.py" line="184"/>
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>Импорттауға %n жол.</numerusform>
            <numerusform>Импорттауға %n жол.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../ui/conflict.py" line="27"/>
        <source>Changed by someone else</source>
        <translation>Басқа біреу өзгертті</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="30"/>
        <source>Your change was not saved, and nothing of theirs was overwritten.</source>
        <translation>Сіздің өзгерісіңіз сақталмады, ал басқа адамның өзгерістерінің ешқайсысы қайта жазылмады.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="35"/>
        <source>Reload</source>
        <translation>Қайта жүктеу</translation>
    </message>
</context>
<context>
    <name>ConsentDocumentDialog</name>
    <message>
        <location filename="../../ui/dialogs/consent_document_dialog.py" line="34"/>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_document_dialog.py" line="65"/>
        <source>The document&apos;s file</source>
        <translation>Құжат файлы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_document_dialog.py" line="67"/>
        <source>Documents (*.pdf *.docx *.doc *.odt *.rtf *.txt *.html);;All files (*)</source>
        <translation>Құжаттар (*.pdf *.docx *.doc *.odt *.rtf *.txt *.html);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="9"/>
        <source>Consent document</source>
        <translation>Келісім құжаты</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="21"/>
        <source>Title (&amp;Kazakh):</source>
        <translation>Атауы (қа&amp;зақша):</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="38"/>
        <source>Title (&amp;Russian):</source>
        <translation>Атауы (&amp;орысша):</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="49"/>
        <source>&amp;Edition:</source>
        <translation>&amp;Редакциясы:</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="56"/>
        <source>e.g. No. 1, or the approval date</source>
        <translation>мысалы, № 1 немесе бекітілген күні</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="61"/>
        <source>In &amp;force from:</source>
        <translation>Күшіне &amp;енген күні:</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="74"/>
        <source>&amp;Text:</source>
        <translation>&amp;Мәтіні:</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="80"/>
        <source>The text of the document as published (optional when a file is attached)</source>
        <translation>Жарияланған құжаттың мәтіні (файл тіркелсе, міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="85"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="93"/>
        <source>No file</source>
        <translation>Файл жоқ</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="98"/>
        <source>C&amp;hoose…</source>
        <translation>Таң&amp;дау…</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="103"/>
        <source>C&amp;lear</source>
        <translation>&amp;Тазалау</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/application.py" line="114"/>
        <source>Derbes cannot open the database</source>
        <translation>Derbes дерекқорды аша алмайды</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="120"/>
        <source>Database upgraded</source>
        <translation>Дерекқор жаңартылды</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="122"/>
        <source>The database was upgraded to this version of Derbes. A backup of the old one is at:
{0}</source>
        <translation>Дерекқор Derbes бағдарламасының осы нұсқасына жаңартылды. Бұрынғы дерекқордың сақтық көшірмесі:
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="230"/>
        <source>{0} sent requests closed: no delivery notice within the wait</source>
        <translation>Жіберілген {0} өтініш жабылды: күту мерзімінде табыс ету хабарламасы келмеді</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="241"/>
        <source>Open or create a Derbes database</source>
        <translation>Derbes дерекқорын ашу немесе жасау</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="243"/>
        <source>Derbes database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Derbes дерекқоры (*.sqlite3 *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="264"/>
        <source>Building the demo database…</source>
        <translation>Демо-дерекқор жасалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="264"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="266"/>
        <source>Demo database</source>
        <translation>Демо-дерекқор</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../ui/screens/registry.py" line="52"/>
        <source>Dashboard</source>
        <translation>Бақылау тақтасы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="157"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="158"/>
        <source>Due today</source>
        <translation>Мерзімі — бүгін</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="159"/>
        <source>Due within 3 working days</source>
        <translation>Мерзімі — 3 жұмыс күні ішінде</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="160"/>
        <source>Due within 10 working days</source>
        <translation>Мерзімі — 10 жұмыс күні ішінде</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="161"/>
        <source>Waiting for the subject
(clock stopped)</source>
        <translation>Субъектінің жауабы күтілуде
(мерзім тоқтатылған)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="102"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="194"/>
        <source>Open the register filtered to these requests</source>
        <translation>Тізілімді осы өтініштер бойынша сүзіп ашу</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="130"/>
        <source>Nearest deadlines</source>
        <translation>Жақын мерзімдер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="108"/>
        <source>Show the requests of one operator</source>
        <translation>Бір оператордың өтініштерін көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="110"/>
        <source>Show the requests of one assignee</source>
        <translation>Бір орындаушының өтініштерін көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="112"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="113"/>
        <source>&amp;Assignee:</source>
        <translation>Орында&amp;ушы:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="135"/>
        <source>Due dates this month</source>
        <translation>Осы айдағы орындау мерзімдері</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="144"/>
        <source>Intake and the on-time rate</source>
        <translation>Түскен өтініштер және уақытылы жауап үлесі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="162"/>
        <source>Answers to print
(no final letter yet)</source>
        <translation>Басып шығарылатын жауаптар
(түпкілікті хат әлі жоқ)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="163"/>
        <source>Letters to post</source>
        <translation>Поштаға жіберілетін хаттар</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="164"/>
        <source>Posted, awaiting
a delivery notice</source>
        <translation>Жіберілді, табыс ету
хабарламасы күтілуде</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="205"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="206"/>
        <source>Sender</source>
        <translation>Жіберуші</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="207"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="208"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="209"/>
        <source>Working days left</source>
        <translation>Қалған жұмыс күндері</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="230"/>
        <source>All operators</source>
        <translation>Барлық операторлар</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="234"/>
        <source>Operator No. {0}</source>
        <translation>№ {0} оператор</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="243"/>
        <source>Anyone</source>
        <translation>Кез келген</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="244"/>
        <source>Nobody assigned</source>
        <translation>Тағайындалмаған</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="334"/>
        <source>Today, {0}: {1} open requests</source>
        <translation>Бүгін, {0}: қаралудағы өтініштер — {1}</translation>
    </message>
</context>
<context>
    <name>DataMapEditor</name>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="40"/>
        <source>Categories of data</source>
        <translation>Деректер санаттары</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="41"/>
        <source>Purposes</source>
        <translation>Мақсаттар</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="42"/>
        <source>Methods of processing</source>
        <translation>Өңдеу тәсілдері</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="43"/>
        <source>Sources</source>
        <translation>Көздер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="44"/>
        <source>Recipients</source>
        <translation>Алушылар</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="45"/>
        <source>Systems to clean</source>
        <translation>Тазартылатын жүйелер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="81"/>
        <source>Kept after withdrawal</source>
        <translation>Кері қайтарып алғаннан кейін сақталады</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="83"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="235"/>
        <source>Kazakh text needed</source>
        <translation>Қазақша мәтін қажет</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="237"/>
        <source>Russian text needed</source>
        <translation>Орысша мәтін қажет</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="241"/>
        <source>Rule incomplete</source>
        <translation>Ереже толық емес</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="251"/>
        <source>%1 (%2): %3 to complete</source>
        <translation>%1 (%2): толықтыру керек — %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="258"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="268"/>
        <source>no period yet</source>
        <translation>мерзімі әлі жоқ</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="17"/>
        <source>The parts of the data map; a part with a text missing is marked</source>
        <translation>Деректер картасының бөлімдері; мәтіні жетіспейтін бөлім белгіленеді</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="32"/>
        <source>Categories of personal data the operator processes. Select one to say whether the law obliges keeping it after consent is withdrawn, on what basis and for how long.</source>
        <translation>Оператор өңдейтін дербес деректер санаттары. Келісім кері қайтарып алынғаннан кейін оны заң бойынша сақтау міндетті ме, қандай негізде және қанша уақыт — соны көрсету үшін санатты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="40"/>
        <source>&amp;Kept after consent is withdrawn (a legal obligation)</source>
        <translation>Келісім кері қайтарып алынғаннан кейін &amp;сақталады (заңдық міндет)</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="49"/>
        <source>Legal &amp;basis (Kazakh):</source>
        <translation>Құқықтық &amp;негіз (қазақша):</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="55"/>
        <source>e.g. Құпиялылық саясатының 5.3-тармағы</source>
        <translation>мысалы, Құпиялылық саясатының 5.3-тармағы</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="60"/>
        <source>Legal basis (&amp;Russian):</source>
        <translation>Құқықтық негіз (о&amp;рысша):</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="66"/>
        <source>e.g. п. 5.3 Политики конфиденциальности</source>
        <translation>мысалы, п. 5.3 Политики конфиденциальности</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="71"/>
        <source>&amp;Period:</source>
        <translation>&amp;Мерзімі:</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="85"/>
        <source>years</source>
        <translation>жыл</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="95"/>
        <source>months</source>
        <translation>ай</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="107"/>
        <source>&amp;From when (Kazakh):</source>
        <translation>Қашан&amp;нан бастап (қазақша):</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="113"/>
        <source>e.g. қызметтерді пайдалану тоқтатылған күннен бастап</source>
        <translation>мысалы, қызметтерді пайдалану тоқтатылған күннен бастап</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="118"/>
        <source>From when (R&amp;ussian):</source>
        <translation>Қашаннан бастап (орыс&amp;ша):</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="124"/>
        <source>e.g. со дня прекращения пользования услугами</source>
        <translation>мысалы, со дня прекращения пользования услугами</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="148"/>
        <source>Why the data are processed, as the consent and the policy say.</source>
        <translation>Келісімде және саясатта көрсетілгендей, деректер не үшін өңделеді.</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="166"/>
        <source>How the data are processed: the operations (collection, storage, destruction…) and whether by automated means.</source>
        <translation>Деректер қалай өңделеді: әрекеттер (жинау, сақтау, жою…) және автоматтандыру құралдарымен бе, жоқ па.</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="184"/>
        <source>Where the data come from: the subject, a client organisation, a creditor, the operator&apos;s systems…</source>
        <translation>Деректер қайдан алынады: субъектінің өзінен, клиент ұйымнан, кредитордан, оператордың жүйелерінен…</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="202"/>
        <source>Third parties the data are passed to. Give the two-letter country of a recipient abroad (cross-border transfer); leave it empty for Kazakhstan.</source>
        <translation>Деректер берілетін үшінші тұлғалар. Шетелдегі алушының елін екі әріппен көрсетіңіз (трансшекаралық беру); Қазақстан үшін бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="220"/>
        <source>The systems to clean when consent is withdrawn, in the order of the checklist: each withdrawal copies them.</source>
        <translation>Келісім кері қайтарып алынғанда тазартылатын жүйелер, тексеру парағының ретімен: әр кері қайтарып алу оларды көшіріп алады.</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../ui/settings/database_page.py" line="47"/>
        <source>Password of {user} on {server}:</source>
        <translation>{server} серверіндегі {user} пайдаланушысының құпиясөзі:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="51"/>
        <source>This computer has no system keyring, so the password is asked for at each start.</source>
        <translation>Бұл компьютерде жүйелік кілттер қоймасы жоқ, сондықтан құпиясөз әр іске қосқан сайын сұралады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="57"/>
        <source>Database password</source>
        <translation>Дерекқор құпиясөзі</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="69"/>
        <source>Data&amp;base</source>
        <translation>&amp;Дерекқор</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="82"/>
        <source>A &amp;file on this computer (SQLite)</source>
        <translation>Осы компьютердегі &amp;файл (SQLite)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="84"/>
        <source>A &amp;server for the team (PostgreSQL)</source>
        <translation>Топқа арналған &amp;сервер (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="94"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="97"/>
        <source>&amp;Choose…</source>
        <translation>Таң&amp;дау…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="102"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="105"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="114"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="115"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="116"/>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="117"/>
        <source>Your login:</source>
        <translation>Сіздің логиніңіз:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="120"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="122"/>
        <source>&amp;Keep the password in the system keyring</source>
        <translation>Құпиясөзді жүйелік &amp;кілттер қоймасында сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="133"/>
        <source>&amp;Test connection</source>
        <translation>Қосылымды &amp;тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="135"/>
        <source>&amp;Save</source>
        <translation>Са&amp;қтау</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="137"/>
        <source>&amp;Open it now</source>
        <translation>Қазір &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="174"/>
        <source>Open now: {database}. You act as {login} in the audit log.</source>
        <translation>Қазір ашық: {database}. Аудит журналында әрекеттеріңіз {login} атынан жазылады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="190"/>
        <source>The password is kept in the system keyring, never in a file.</source>
        <translation>Құпиясөз файлда емес, тек жүйелік кілттер қоймасында сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="193"/>
        <source>This computer has no system keyring: the password is not kept, and Derbes asks for it at each start.</source>
        <translation>Бұл компьютерде жүйелік кілттер қоймасы жоқ: құпиясөз сақталмайды, Derbes оны әр іске қосылған сайын сұрайды.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="229"/>
        <source>A Derbes database file</source>
        <translation>Derbes дерекқорының файлы</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="231"/>
        <source>Derbes database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Derbes дерекқоры (*.sqlite3 *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="260"/>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="272"/>
        <source>it is empty: Derbes creates its tables when it opens it.</source>
        <translation>ол бос: Derbes оны ашқанда өз кестелерін жасайды.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="274"/>
        <source>its tables are those of this version of Derbes.</source>
        <translation>оның кестелері Derbes бағдарламасының осы нұсқасына сәйкес.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="276"/>
        <source>Derbes upgrades its tables (after a backup) when it opens it.</source>
        <translation>Derbes оны ашқанда кестелерін (сақтық көшірме жасағаннан кейін) жаңартады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="279"/>
        <source>Connected to {database} as {login}; {state}</source>
        <translation>{database} дерекқорына {login} ретінде қосылды; {state}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="286"/>
        <source>Cannot connect: {0}</source>
        <translation>Қосылу мүмкін емес: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="300"/>
        <source>The password is in the system keyring.</source>
        <translation>Құпиясөз жүйелік кілттер қоймасында сақтаулы.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="303"/>
        <source>The password is not kept: Derbes asks for it at each start.</source>
        <translation>Құпиясөз сақталмайды: Derbes оны әр іске қосылған сайын сұрайды.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="308"/>
        <source>Saved: Derbes opens {database} at the next start.</source>
        <translation>Сақталды: Derbes келесі іске қосылғанда {database} дерекқорын ашады.</translation>
    </message>
</context>
<context>
    <name>DayKinds</name>
    <message>
        <location filename="../../ui/day_kinds.py" line="14"/>
        <source>working day</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/day_kinds.py" line="15"/>
        <source>weekend</source>
        <translation>демалыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/day_kinds.py" line="16"/>
        <source>public holiday</source>
        <translation>мереке күні</translation>
    </message>
    <message>
        <location filename="../../ui/day_kinds.py" line="17"/>
        <source>day off moved from a working weekend day</source>
        <translation>жұмыс істейтін демалыс күнінен ауыстырылған демалыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/day_kinds.py" line="20"/>
        <source>transferred working day</source>
        <translation>ауыстырылған жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/day_kinds.py" line="21"/>
        <source>the clock was stopped</source>
        <translation>мерзім тоқтатылған</translation>
    </message>
    <message>
        <location filename="../../ui/day_kinds.py" line="24"/>
        <source>holiday (override)</source>
        <translation>мереке (түзету)</translation>
    </message>
    <message>
        <location filename="../../ui/day_kinds.py" line="25"/>
        <source>working day (override)</source>
        <translation>жұмыс күні (түзету)</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="34"/>
        <source>&amp;Deadlines</source>
        <translation>&amp;Мерзімдер</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="49"/>
        <source>How many working days each type of request has. The day of receipt is day 0; day 1 is the next working day. When a term changes, the due dates of open requests are counted again (you see which ones move before they do, and can undo it); closed requests keep theirs.</source>
        <translation>Өтініштің әр түріне берілетін жұмыс күндерінің саны. Хат түскен күн — 0-күн; 1-күн — келесі жұмыс күні. Мерзім өзгергенде ашық өтініштердің мерзімдері қайта есептеледі (қайсысы жылжитынын алдын ала көресіз және өзгерісті болдырмауға болады); жабық өтініштердің мерзімдері өзгермейді.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="64"/>
        <source>Type of request</source>
        <translation>Өтініш түрі</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="64"/>
        <source>Working days</source>
        <translation>Жұмыс күндері</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="64"/>
        <source>Basis of the term</source>
        <translation>Мерзімнің негіздемесі</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="80"/>
        <source> working days</source>
        <translation> жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="87"/>
        <source>Where the term comes from</source>
        <translation>Мерзім неге негізделген</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="99"/>
        <source>Apply the s&amp;tatutory terms</source>
        <translation>&amp;Заңда белгіленген мерзімдерді қолдану</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="103"/>
        <source>Consent withdrawal 15, access 3, correction, blocking and destruction 1 working day (Law 94-V); the other types keep 30</source>
        <translation>Келісімді кері қайтарып алу — 15, мәлімет алу — 3, нақтылау, бұғаттау және жою — 1 жұмыс күні (№ 94-V Заң); қалған түрлері — 30</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="108"/>
        <source>Back to &amp;30 working days</source>
        <translation>&amp;30 жұмыс күніне қайтару</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="110"/>
        <source>30 working days for every type of request</source>
        <translation>Өтініштің барлық түрі үшін 30 жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="111"/>
        <source>&amp;Save the terms</source>
        <translation>Мерзімдерді &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="112"/>
        <source>&amp;Undo the edits</source>
        <translation>Өзгерістерді &amp;болдырмау</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="114"/>
        <source>Und&amp;o the last change of due dates</source>
        <translation>Соңғы мерзім өзгерісін бол&amp;дырмау</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="153"/>
        <source>Puts back the terms or calendar day and the due dates changed on {0} by {1}</source>
        <translation>{0} күні {1} өзгерткен мерзімдерді немесе күнтізбе күнін және өтініштердің мерзімдерін бұрынғы күйіне қайтарады</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="184"/>
        <source>In force: 30 working days for every type (the operator&apos;s policy)</source>
        <translation>Қолданыста: барлық түр үшін 30 жұмыс күні (оператордың саясаты)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="185"/>
        <source>In force: the statutory terms (Law 94-V)</source>
        <translation>Қолданыста: заңда белгіленген мерзімдер (№ 94-V Заң)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="186"/>
        <source>In force: terms set by the operator</source>
        <translation>Қолданыста: оператор белгілеген мерзімдер</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="231"/>
        <source>The terms you edited apply to them.</source>
        <translation>Оларға сіз өзгерткен мерзімдер қолданылады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="236"/>
        <source>The statutory terms (Law 94-V) apply to them.</source>
        <translation>Оларға заңда белгіленген мерзімдер (№ 94-V Заң) қолданылады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="237"/>
        <source>30 working days apply to them.</source>
        <translation>Оларға 30 жұмыс күні қолданылады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="268"/>
        <source>Nothing changed: the due dates stay as they were.</source>
        <translation>Ештеңе өзгермеді: мерзімдер бұрынғыдай қалады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/deadlines_page.py" line="279"/>
        <source>Saved. Open requests whose due date moved: %n.</source>
        <translation>
            <numerusform>Сақталды. Мерзімі өзгерген қаралудағы өтініштер: %n.</numerusform>
            <numerusform>Сақталды. Мерзімі өзгерген қаралудағы өтініштер: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="281"/>
        <source>Saved. No open request&apos;s due date moved.</source>
        <translation>Сақталды. Қаралудағы өтініштердің мерзімдері өзгерген жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/deadlines_page.py" line="296"/>
        <source>Undone. Due dates put back as they were: %n.</source>
        <translation>
            <numerusform>Өзгеріс кері қайтарылды. Бұрынғы күйіне келтірілген мерзімдер: %n.</numerusform>
            <numerusform>Өзгеріс кері қайтарылды. Бұрынғы күйіне келтірілген мерзімдер: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/deadlines_page.py" line="299"/>
        <source>Changed since, so counted again under the previous terms: %n.</source>
        <translation>
            <numerusform>Содан бері өзгергендіктен, бұрынғы мерзімдер бойынша қайта есептелгендері: %n.</numerusform>
            <numerusform>Содан бері өзгергендіктен, бұрынғы мерзімдер бойынша қайта есептелгендері: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="46"/>
        <source>Registered post</source>
        <translation>Тапсырыс хат</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="47"/>
        <source>Hand delivery</source>
        <translation>Қолма-қол тапсыру</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="48"/>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="49"/>
        <source>Courier</source>
        <translation>Курьер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="70"/>
        <source>&amp;Dispatch</source>
        <translation>&amp;Жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="76"/>
        <source>up to {0} g</source>
        <translation>{0} г дейін</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="80"/>
        <source>Dispatch letter {0}</source>
        <translation>№ {0} хатты жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="82"/>
        <source>Dispatch {0} letters</source>
        <translation>{0} хатты жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="154"/>
        <source>not S10</source>
        <translation>S10 емес</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="9"/>
        <source>Dispatch letters</source>
        <translation>Хаттарды жіберу</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="20"/>
        <source>Record how and when the letters left the office. Sending an answer moves its request to “sent”.</source>
        <translation>Хаттардың қалай және қашан жіберілгенін жазыңыз. Жауап жіберілгенде өтініш «Жіберілді» мәртебесіне көшеді.</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="30"/>
        <source>&amp;Method:</source>
        <translation>Тә&amp;сілі:</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="39"/>
        <source>&amp;Sent on:</source>
        <translation>Жіберілген &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="57"/>
        <source>&amp;Weight class:</source>
        <translation>&amp;Салмақ санаты:</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="66"/>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="83"/>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="84"/>
        <source>Addressee</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="85"/>
        <source>Tracking number</source>
        <translation>Трек-нөмір</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="86"/>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="97"/>
        <source>&amp;Keep the numbers that are not UPU S10 as typed</source>
        <translation>UPU S10 емес нөмірлерді енгізілгендей &amp;сақтау</translation>
    </message>
</context>
<context>
    <name>DispatchOpen</name>
    <message>
        <location filename="../../ui/dispatch_open.py" line="38"/>
        <source>Dispatch</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/dispatch_open.py" line="39"/>
        <source>Nothing to dispatch: no final letter of the selection waits to be posted.</source>
        <translation>Жіберетін ештеңе жоқ: таңдалғандардың ешбір түпкілікті хаты жіберуді күтіп тұрған жоқ.</translation>
    </message>
</context>
<context>
    <name>DueCalendar</name>
    <message>
        <location filename="../../ui/dashboard/calendar.py" line="55"/>
        <source>Requests due this month: {0}. Choose a day to list its requests.</source>
        <translation>Осы айда мерзімі келетін өтініштер: {0}. Өтініштер тізімін көру үшін күнді таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>DueChangesDialog</name>
    <message>
        <location filename="../../ui/settings/due_preview.py" line="28"/>
        <source>clock stopped</source>
        <translation>мерзім тоқтатылған</translation>
    </message>
    <message>
        <location filename="../../ui/settings/due_preview.py" line="38"/>
        <source>Due dates that will move</source>
        <translation>Жылжитын мерзімдер</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/due_preview.py" line="44"/>
        <source>%n open request(s) will get a new due date. {0} You can undo the whole change afterwards.</source>
        <translation>
            <numerusform>%n ашық өтінішке жаңа мерзім белгіленеді. {0} Кейін бүкіл өзгерісті болдырмауға болады.</numerusform>
            <numerusform>%n ашық өтінішке жаңа мерзім белгіленеді. {0} Кейін бүкіл өзгерісті болдырмауға болады.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/due_preview.py" line="58"/>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <location filename="../../ui/settings/due_preview.py" line="59"/>
        <source>Due date now</source>
        <translation>Қазіргі мерзім</translation>
    </message>
    <message>
        <location filename="../../ui/settings/due_preview.py" line="60"/>
        <source>New due date</source>
        <translation>Жаңа мерзім</translation>
    </message>
    <message>
        <location filename="../../ui/settings/due_preview.py" line="61"/>
        <source>Working days</source>
        <translation>Жұмыс күндері</translation>
    </message>
    <message>
        <location filename="../../ui/settings/due_preview.py" line="83"/>
        <source>&amp;Apply and move them</source>
        <translation>&amp;Қолданып, мерзімдерді жылжыту</translation>
    </message>
</context>
<context>
    <name>DueCounts</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/register_letter_due.py" line="140"/>
        <source>%n working day(s) from today</source>
        <translation>
            <numerusform>бүгіннен бастап %n жұмыс күні</numerusform>
            <numerusform>бүгіннен бастап %n жұмыс күні</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/register_letter_due.py" line="143"/>
        <source>%n working day(s) after the receipt</source>
        <translation>
            <numerusform>түскен күннен кейін %n жұмыс күні</numerusform>
            <numerusform>түскен күннен кейін %n жұмыс күні</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/register_letter_due.py" line="146"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n жұмыс күні</numerusform>
            <numerusform>%n жұмыс күні</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/register_letter_due.py" line="149"/>
        <source>Not counted: %n non-working day(s)</source>
        <translation>
            <numerusform>Есептелмейді: %n жұмыс емес күн</numerusform>
            <numerusform>Есептелмейді: %n жұмыс емес күн</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueDatePart</name>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="172"/>
        <source>Correct the received date to see the due date.</source>
        <translation>Мерзімді көру үшін түскен күнін түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="188"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="211"/>
        <source>overdue already</source>
        <translation>мерзімі өтіп кеткен</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="214"/>
        <source>due today</source>
        <translation>мерзімі бүгін</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="226"/>
        <source>{0}  ·  {1}</source>
        <translation>{0}  ·  {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="246"/>
        <source>Received (day 0)</source>
        <translation>Түскен күні (0-күн)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="253"/>
        <source>Day 1</source>
        <translation>1-күн</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="260"/>
        <source>Term</source>
        <translation>Қарау мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="267"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="268"/>
        <source>{0}: working day {1}</source>
        <translation>{0}: {1}-жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="295"/>
        <source>No non-working day falls within the term.</source>
        <translation>Мерзім ішінде жұмыс емес күн жоқ.</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="64"/>
        <source>How the due date was counted</source>
        <translation>Мерзім қалай есептелді</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="69"/>
        <source>Close (Esc)</source>
        <translation>Жабу (Esc)</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions/extend.py" line="45"/>
        <source>Extend the deadline — {0}</source>
        <translation>Мерзімді ұзарту — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/extend.py" line="60"/>
        <source>The current due date is &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Қазіргі мерзімі: &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/extend.py" line="78"/>
        <source>Counting the new due date…</source>
        <translation>Жаңа мерзім есептелуде…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/extend.py" line="84"/>
        <source>The letter came in Russian: the notice will say the reason in Russian, so it is required. Add it in Kazakh too if the notice may go out in Kazakh or in both languages.</source>
        <translation>Хат орыс тілінде келді: хабарламада себеп орысша жазылады, сондықтан ол міндетті. Хабарлама қазақ тілінде немесе екі тілде жіберілуі мүмкін болса, себебін қазақша да жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/extend.py" line="89"/>
        <source>The notice will say the reason in Kazakh, so it is required. Add it in Russian too if the notice may go out in Russian or in both languages.</source>
        <translation>Хабарламада себеп қазақша жазылады, сондықтан ол міндетті. Хабарлама орыс тілінде немесе екі тілде жіберілуі мүмкін болса, себебін орысша да жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/extend.py" line="165"/>
        <source>Choose a later working day.</source>
        <translation>Кейінірек жұмыс күнін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/extend.py" line="169"/>
        <source>New due date: &lt;b&gt;{0}&lt;/b&gt; — {1} working days after {2}.</source>
        <translation>Жаңа мерзім: &lt;b&gt;{0}&lt;/b&gt; — {2} күнінен кейінгі {1} жұмыс күні.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/extend.py" line="173"/>
        <source>Extend to {0}</source>
        <translation>Ұзарту: {0}</translation>
    </message>
    <message>
        <location filename="../../../forms/extend.ui" line="9"/>
        <source>Extend the deadline</source>
        <translation>Мерзімді ұзарту</translation>
    </message>
    <message>
        <location filename="../../../forms/extend.ui" line="30"/>
        <source>Reason in &amp;Kazakh:</source>
        <translation>Себебі &amp;қазақша:</translation>
    </message>
    <message>
        <location filename="../../../forms/extend.ui" line="37"/>
        <source>Why the answer needs more time, in Kazakh, as the notice will say</source>
        <translation>Жауапқа неге қосымша уақыт қажет — қазақша, хабарламада осылай жазылады</translation>
    </message>
    <message>
        <location filename="../../../forms/extend.ui" line="49"/>
        <source>Reason in R&amp;ussian:</source>
        <translation>Себебі &amp;орысша:</translation>
    </message>
    <message>
        <location filename="../../../forms/extend.ui" line="56"/>
        <source>The same reason in Russian, as a Russian notice will say</source>
        <translation>Сол себеп орысша — орыс тіліндегі хабарламада осылай жазылады</translation>
    </message>
    <message>
        <location filename="../../../forms/extend.ui" line="68"/>
        <source>&amp;By working days:</source>
        <translation>&amp;Жұмыс күндерінің санына:</translation>
    </message>
    <message>
        <location filename="../../../forms/extend.ui" line="81"/>
        <source>&amp;To a new due date:</source>
        <translation>Жаңа &amp;мерзімге дейін:</translation>
    </message>
</context>
<context>
    <name>ExtensionReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions/extension_reason.py" line="32"/>
        <source>The extension&apos;s reason — {0}</source>
        <translation>Ұзарту себебі — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/extension_reason.py" line="46"/>
        <source>The notice says the reason in its own language: write it in Kazakh and in Russian. The due date stays as it is.</source>
        <translation>Хабарлама себепті өз тілінде көрсетеді: оны қазақша және орысша жазыңыз. Мерзім өзгермейді.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/extension_reason.py" line="56"/>
        <source>Record the reason</source>
        <translation>Себебін жазу</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="56"/>
        <source>Choose the file</source>
        <translation>Файлды таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="59"/>
        <source>A CSV file (as Excel saves it) or an XLSX workbook, one subject a row, headers on the first row.</source>
        <translation>CSV файлы (Excel сақтағандай) немесе XLSX кітабы: әр жолда бір субъект, бірінші жолда тақырыптар.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="64"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="67"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="73"/>
        <source>Import subjects</source>
        <translation>Субъектілерді импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="73"/>
        <source>Tables (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>Кестелер (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../ui/settings/general_page.py" line="37"/>
        <source>&amp;General</source>
        <translation>&amp;Жалпы</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="49"/>
        <source>Where subjects may appeal</source>
        <translation>Субъектілер шағымдана алатын орган</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="54"/>
        <source>Refusals and answers to claims name the authorized body for the protection of personal data, where the subject may appeal.</source>
        <translation>Бас тартуларда және шағымдарға жауаптарда субъект шағымдана алатын дербес деректерді қорғау жөніндегі уәкілетті орган көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="63"/>
        <source>In &amp;Kazakh:</source>
        <translation>Қа&amp;зақ тілінде:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="63"/>
        <source>In &amp;Russian:</source>
        <translation>О&amp;рыс тілінде:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="82"/>
        <source>Put back the s&amp;tandard name</source>
        <translation>Стандартты атауды &amp;қайтару</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="84"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="95"/>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="100"/>
        <source>As the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="107"/>
        <source>&amp;Language:</source>
        <translation>Т&amp;ілі:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="112"/>
        <source>The window is built again in the language chosen, with the screen you are on; case windows open now close.</source>
        <translation>Терезе таңдалған тілде қайта құрылады, қазір ашық тұрған экран сақталады; ашық іс терезелері жабылады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="130"/>
        <source>Clarification letters</source>
        <translation>Нақтылау хаттары</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="135"/>
        <source>A clarification asks the subject to reply by a date this many working days after the letter&apos;s date.</source>
        <translation>Нақтылау хаты субъектіден хат жасалған күннен кейінгі осынша жұмыс күні ішінде жауап беруін сұрайды.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="145"/>
        <source> working days</source>
        <translation> жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="148"/>
        <source>Sa&amp;ve</source>
        <translation>Сақта&amp;у</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="151"/>
        <source>Reply &amp;within:</source>
        <translation>Жауап &amp;мерзімі:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/general_page.py" line="261"/>
        <source>Clarifications now ask for a reply within %n working day(s).</source>
        <translation>
            <numerusform>Енді нақтылау хаттары %n жұмыс күні ішінде жауап беруді сұрайды.</numerusform>
            <numerusform>Енді нақтылау хаттары %n жұмыс күні ішінде жауап беруді сұрайды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="278"/>
        <source>%1 is chosen.</source>
        <translation>%1 таңдалды.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="197"/>
        <source>Required: letters in this language name the body.</source>
        <translation>Міндетті: осы тілдегі хаттарда орган аталады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="221"/>
        <source>The name of the appeal body is saved.</source>
        <translation>Шағымдану органының атауы сақталды.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="194"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="196"/>
        <source>&amp;Cancel the import</source>
        <translation>Импорттан &amp;бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="214"/>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard.py" line="255"/>
        <source>Imported %n row(s): </source>
        <translation>
            <numerusform>%n жол импортталды: </numerusform>
            <numerusform>%n жол импортталды: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="256"/>
        <source>{added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>{added} қосылды, {updated} жаңартылды, {unchanged} өзгеріссіз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard.py" line="271"/>
        <source>Nothing was imported: %n row(s) must be corrected first.</source>
        <translation>
            <numerusform>Ештеңе импортталмады: алдымен %n жолды түзету керек.</numerusform>
            <numerusform>Ештеңе импортталмады: алдымен %n жолды түзету керек.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="280"/>
        <source>Line {line}: {problem}</source>
        <translation>{line}-жол: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="286"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Импорт тоқтатылды: ештеңе импортталмады.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="288"/>
        <source>Nothing was imported.</source>
        <translation>Ештеңе импортталмады.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="39"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="40"/>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="41"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="42"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="43"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="44"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="45"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="46"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="47"/>
        <source>Account / login</source>
        <translation>Есептік жазба / логин</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="48"/>
        <source>Client organisation</source>
        <translation>Клиент ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="49"/>
        <source>Client BIN</source>
        <translation>Клиенттің БСН</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="307"/>
        <source>Import subjects</source>
        <translation>Субъектілерді импорттау</translation>
    </message>
</context>
<context>
    <name>IntakeChart</name>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="44"/>
        <source>Requests received per month, and the share answered on time</source>
        <translation>Айына түскен өтініштер және уақытылы жауап берілгендерінің үлесі</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="66"/>
        <source>On time, %</source>
        <translation>Уақытылы, %</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="82"/>
        <source>Received</source>
        <translation>Түскені</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="87"/>
        <source>On time</source>
        <translation>Уақытылы</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Consent withdrawal</source>
        <translation>Келісімді кері қайтарып алу</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Pre-trial claim</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Access to data</source>
        <translation>Мәлімет алу</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Correction</source>
        <translation>Нақтылау, толықтыру</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Blocking</source>
        <translation>Бұғаттау</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Destruction</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Objection to advertising</source>
        <translation>Жарнамадан бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Waiting for subject</source>
        <translation>Субъектіні күтуде</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Answer ready</source>
        <translation>Жауап дайын</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Withdrawn</source>
        <translation>Кері қайтарылды</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Post</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Registered post</source>
        <translation>Тапсырыс хат</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Courier</source>
        <translation>Курьер</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>In person</source>
        <translation>Жеке өзі</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>State service (eGov)</source>
        <translation>Мемлекеттік қызмет (eGov)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Due today</source>
        <translation>Мерзімі — бүгін</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Within 3 working days</source>
        <translation>3 жұмыс күні ішінде</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Within 10 working days</source>
        <translation>10 жұмыс күні ішінде</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Clock stopped</source>
        <translation>Мерзім тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Done</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Processing stopped</source>
        <translation>Өңдеу тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Deregistered</source>
        <translation>Есептен шығарылды</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Anonymised</source>
        <translation>Иесіздендірілді</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Merged into another record</source>
        <translation>Басқа жазбаға біріктірілген</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Operator&apos;s policy: the response period is 30 working days</source>
        <translation>Оператордың саясаты: жауап беру мерзімі — 30 жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Law 94-V art. 8(7) (as amended 2026): 15 working days</source>
        <translation>№ 94-V Заңның 8-бабының 7-тармағы (2026 жылғы редакцияда): 15 жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Law 94-V: information on request within 3 working days</source>
        <translation>№ 94-V Заң: сұрау бойынша мәліметтер 3 жұмыс күні ішінде беріледі</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Law 94-V: correction within 1 working day</source>
        <translation>№ 94-V Заң: нақтылау, толықтыру — 1 жұмыс күні ішінде</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Law 94-V: blocking within 1 working day</source>
        <translation>№ 94-V Заң: бұғаттау — 1 жұмыс күні ішінде</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Law 94-V: destruction within 1 working day</source>
        <translation>№ 94-V Заң: жою — 1 жұмыс күні ішінде</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>{0} GB</source>
        <translation>{0} ГБ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>{0} MB</source>
        <translation>{0} МБ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>{0} KB</source>
        <translation>{0} КБ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137"/>
        <source>{0} bytes</source>
        <translation>{0} байт</translation>
    </message>
</context>
<context>
    <name>LetterOutcomeDialog</name>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="228"/>
        <source>Letter {0} to {1}, sent on {2}</source>
        <translation>№ {0} хат, алушы: {1}, жіберілген күні: {2}</translation>
    </message>
    <message>
        <location filename="../../../forms/letter_outcome.ui" line="9"/>
        <source>Delivery notice or return</source>
        <translation>Табыс ету туралы хабарлама немесе қайтарылу</translation>
    </message>
    <message>
        <location filename="../../../forms/letter_outcome.ui" line="26"/>
        <source>The letter was:</source>
        <translation>Хат:</translation>
    </message>
    <message>
        <location filename="../../../forms/letter_outcome.ui" line="33"/>
        <source>&amp;delivered (the delivery notice came back)</source>
        <translation>&amp;табыс етілді (хабарлама қайтып келді)</translation>
    </message>
    <message>
        <location filename="../../../forms/letter_outcome.ui" line="39"/>
        <source>&amp;returned undelivered</source>
        <translation>табыс етілмей &amp;қайтарылды</translation>
    </message>
    <message>
        <location filename="../../../forms/letter_outcome.ui" line="46"/>
        <source>&amp;On:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../../forms/letter_outcome.ui" line="64"/>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../../forms/letter_outcome.ui" line="71"/>
        <source>e.g. the addressee has moved</source>
        <translation>мысалы, алушы мекенжайынан көшіп кеткен</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../ui/letters/names.py" line="13"/>
        <source>Acknowledgement of receipt</source>
        <translation>Тіркеу туралы хабарлама</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="14"/>
        <source>Deregistration confirmation</source>
        <translation>Есептен шығаруды растау</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="15"/>
        <source>Response to a claim</source>
        <translation>Шағымға жауап</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="16"/>
        <source>Reasoned refusal</source>
        <translation>Дәлелді бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="17"/>
        <source>Request for clarification</source>
        <translation>Нақтылау туралы сұрау</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="18"/>
        <source>Access response</source>
        <translation>Мәлімет беру туралы жауап</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="19"/>
        <source>Extension notice</source>
        <translation>Ұзарту туралы хабарлама</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="20"/>
        <source>Destruction act (internal)</source>
        <translation>Жою туралы акт (ішкі)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="23"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="24"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="25"/>
        <source>Kazakh and Russian (bilingual)</source>
        <translation>Қазақ және орыс тілдерінде (қостілді)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="28"/>
        <source>The withdrawal contradicts the law (art. 8(2))</source>
        <translation>Кері қайтарып алу заңға қайшы келеді (8-баптың 2-тармағы)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="29"/>
        <source>An obligation is unfulfilled (art. 8(2))</source>
        <translation>Орындалмаған міндеттеме бар (8-баптың 2-тармағы)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="32"/>
        <source>Destroyed</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="33"/>
        <source>Anonymised</source>
        <translation>Иесіздендірілді</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="34"/>
        <source>Blocked and retained</source>
        <translation>Бұғатталды және сақталады</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="37"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="38"/>
        <source>Signatory</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="39"/>
        <source>Signature</source>
        <translation>Қолы</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="40"/>
        <source>Clock</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="41"/>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <location filename="../../ui/letters/files.py" line="43"/>
        <source>Save the letter as PDF</source>
        <translation>Хатты PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/letters/files.py" line="45"/>
        <source>Save the letter as DOCX</source>
        <translation>Хатты DOCX ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/letters/files.py" line="54"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/files.py" line="56"/>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="139"/>
        <source>&amp;Prepare letter…</source>
        <translation>Хат &amp;дайындау…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="140"/>
        <source>Write an answer, a notice or an act for this request (Ctrl+Shift+L)</source>
        <translation>Осы өтінішке жауап, хабарлама немесе акт жазу (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="145"/>
        <location filename="../../ui/widgets/letters_panel.py" line="335"/>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="146"/>
        <source>Continue the draft, or look at the final letter (Enter)</source>
        <translation>Жобаны жалғастыру немесе ресімделген хатты қарау (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="151"/>
        <source>Save PDF…</source>
        <translation>PDF-ке сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="152"/>
        <source>A final letter is saved exactly as stored</source>
        <translation>Ресімделген хат дерекқорда қалай сақталса, дәл солай сақталады</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="157"/>
        <source>Export DOCX…</source>
        <translation>DOCX-ке экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="158"/>
        <source>The letter as an editable Word document</source>
        <translation>Хат өңделетін Word құжаты түрінде</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="162"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="162"/>
        <source>Print the letter</source>
        <translation>Хатты басып шығару</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="166"/>
        <source>Discard draft</source>
        <translation>Жобаны жою</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="167"/>
        <source>Delete the draft; final letters are never deleted</source>
        <translation>Жобаны жою; ресімделген хаттар ешқашан жойылмайды</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="188"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="189"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="190"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="191"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="192"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="193"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="208"/>
        <source>No letters yet. “Prepare letter…” writes the answer to this request.</source>
        <translation>Әзірге хат жоқ. Осы өтінішке жауапты «Хат дайындау…» арқылы жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="260"/>
        <source>The letters cannot be shown: {0}</source>
        <translation>Хаттарды көрсету мүмкін емес: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="278"/>
        <source>The stored PDF does not match its SHA-256: it was altered</source>
        <translation>Сақталған PDF өзінің SHA-256 мәніне сәйкес келмейді: ол өзгертілген</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="299"/>
        <source>Final</source>
        <translation>Ресімделген</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="299"/>
        <source>Final — PDF altered!</source>
        <translation>Ресімделген — PDF өзгертілген!</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="302"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="335"/>
        <source>&amp;Continue</source>
        <translation>Жалғ&amp;астыру</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="400"/>
        <source>Saved {0}</source>
        <translation>Сақталды: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="403"/>
        <source>Saving {0}…</source>
        <translation>Сақталуда: {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="430"/>
        <source>Sent {0} pages to the printer</source>
        <translation>Принтерге {0} бет жіберілді</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="444"/>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="458"/>
        <source>Discard the draft</source>
        <translation>Жобаны жою</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="459"/>
        <source>Discard the draft “{0}”?</source>
        <translation>«{0}» жобасы жойылсын ба?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="460"/>
        <source>Discard</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="492"/>
        <source>Cancelled</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="499"/>
        <source>The stored letter was altered</source>
        <translation>Сақталған хат өзгертілген</translation>
    </message>
</context>
<context>
    <name>LinkSubjectDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="37"/>
        <source>Link a subject — {0}</source>
        <translation>Субъектіні байланыстыру — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="41"/>
        <source>&amp;Link</source>
        <translation>&amp;Байланыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="47"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="48"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="49"/>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="50"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="51"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="65"/>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="118"/>
        <source>Type an IIN or a name.</source>
        <translation>ЖСН немесе аты-жөнін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="87"/>
        <source>Searching…</source>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="113"/>
        <source>Linked to this request now</source>
        <translation>Қазір осы өтінішке байланыстырылған</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="121"/>
        <source>Nobody of this operator matches “{0}”. Check the IIN, or try the surname alone.</source>
        <translation>Осы оператордың субъектілері арасында «{0}» сұрауына сәйкес келетін ешкім жоқ. ЖСН-ді тексеріңіз немесе тек тегі бойынша іздеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="124"/>
        <source>{0} found. Choose one and press Link (or Enter).</source>
        <translation>Табылғаны: {0}. Біреуін таңдап, «Байланыстыру» батырмасын (немесе Enter) басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="147"/>
        <source>Choose the subject in the list first.</source>
        <translation>Алдымен тізімнен субъектіні таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../../forms/link_subject.ui" line="9"/>
        <source>Link a subject</source>
        <translation>Субъектіні байланыстыру</translation>
    </message>
    <message>
        <location filename="../../../forms/link_subject.ui" line="17"/>
        <source>&amp;Find:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <location filename="../../../forms/link_subject.ui" line="23"/>
        <source>IIN, or a name in Kazakh, Russian or Latin letters</source>
        <translation>ЖСН немесе қазақ, орыс не латын әріптерімен жазылған аты-жөні</translation>
    </message>
    <message>
        <location filename="../../../forms/link_subject.ui" line="32"/>
        <source>Names match across scripts: Әлиев, Алиев and Aliyev find each other. Only subjects of this request&apos;s operator are listed.</source>
        <translation>Аты-жөндер әртүрлі әліпбиде де сәйкестендіріледі: Әлиев, Алиев және Aliyev бір-бірін табады. Тек осы өтініш операторының субъектілері көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>{0} — Derbes</source>
        <translation>{0} — Derbes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Database: {0}</source>
        <translation>Дерекқор: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>&amp;Register a letter…</source>
        <translation>Хатты &amp;тіркеу…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Export register…</source>
        <translation>Тізілімді &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Print register…</source>
        <translation>Тізілімді &amp;басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Open database…</source>
        <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Open the &amp;demo database</source>
        <translation>&amp;Демо-дерекқорды ашу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>&amp;About Derbes</source>
        <translation>Derbes &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Open the Requests or Outgoing screen to export its register.</source>
        <translation>Тізілімін экспорттау үшін «Өтініштер» немесе «Шығыс хаттар» экранын ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Open the Requests or Outgoing screen to print its register.</source>
        <translation>Тізілімін басып шығару үшін «Өтініштер» немесе «Шығыс хаттар» экранын ашыңыз.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="44"/>
        <source>Merge two records of one person</source>
        <translation>Бір адамның екі жазбасын біріктіру</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="60"/>
        <source>The other record&apos;s letters, consents and requests move to this one, and what this one lacks (an IIN, contacts…) is taken from it. The other record then only points here and cannot be merged again.</source>
        <translation>Екінші жазбаның хаттары, келісімдері мен өтініштері осы жазбаға көшеді, ал осы жазбада жоқ деректер (ЖСН, байланыс деректері…) одан алынады. Содан кейін екінші жазба тек осы жазбаға сілтейді және оны қайта біріктіруге болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="68"/>
        <source>&amp;Find the other record (IIN or name):</source>
        <translation>Екінші жазбаны &amp;табу (ЖСН немесе аты-жөні):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="91"/>
        <source>&amp;Merge</source>
        <translation>&amp;Біріктіру</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="110"/>
        <source>Record kept: {0}</source>
        <translation>Қалдырылатын жазба: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="119"/>
        <source>requests: {0}, consents: {1}, letters: {2}</source>
        <translation>өтініштер: {0}, келісімдер: {1}, хаттар: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="133"/>
        <source>Searching…</source>
        <translation>Ізделуде…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="157"/>
        <source>Type an IIN or a name.</source>
        <translation>ЖСН-ді немесе аты-жөнін теріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="160"/>
        <source>No other record of this operator matches “{0}”.</source>
        <translation>Бұл оператордың басқа ешбір жазбасы «{0}» сұрауына сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="163"/>
        <source>Choose the record to merge into the one kept.</source>
        <translation>Қалдырылатын жазбаға біріктірілетін жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="196"/>
        <source>Moves to the record kept: {0}.</source>
        <translation>Қалдырылатын жазбаға көшеді: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="198"/>
        <source>The record kept takes: {0}.</source>
        <translation>Қалдырылатын жазба алатын деректер: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="209"/>
        <source>given name</source>
        <translation>аты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="210"/>
        <source>patronymic</source>
        <translation>әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="211"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="212"/>
        <source>birth date</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="213"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="214"/>
        <source>e-mail</source>
        <translation>электрондық пошта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="215"/>
        <source>address</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="216"/>
        <source>account / login</source>
        <translation>аккаунт / логин</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="217"/>
        <source>client organisation</source>
        <translation>клиент ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="218"/>
        <source>client&apos;s BIN</source>
        <translation>клиенттің БСН-і</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>Something went wrong inside Derbes; nothing was saved.

{error}</source>
        <translation>Derbes бағдарламасында ішкі қате орын алды; ештеңе сақталмады.

{error}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>Derbes</source>
        <translation>Derbes</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="58"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="59"/>
        <source>INN</source>
        <translation>СТН (ИНН)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="208"/>
        <location filename="../../ui/dialogs/operator_dialog.py" line="209"/>
        <source>New operator profile</source>
        <translation>Жаңа оператор профилі</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="211"/>
        <source>Edit the operator profile</source>
        <translation>Оператор профилін өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="212"/>
        <location filename="../../../forms/operator_dialog.ui" line="20"/>
        <location filename="../../../forms/operator_dialog.ui" line="44"/>
        <source>Operator profile</source>
        <translation>Оператор профилі</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="234"/>
        <source>The first operator is the default one.</source>
        <translation>Бірінші оператор әдепкі оператор болады.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="315"/>
        <source>A valid BIN: the check digit matches.</source>
        <translation>БСН жарамды: бақылау цифры сәйкес келеді.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="318"/>
        <source>%1 of 12 digits</source>
        <translation>12 цифрдың %1 цифры</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="343"/>
        <source>Example: —</source>
        <translation>Мысалы: —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="345"/>
        <source>Example: %1</source>
        <translation>Мысалы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="361"/>
        <source>A recipient abroad is listed on the Data map tab.</source>
        <translation>«Деректер картасы» қойындысында шетелдегі алушы көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="374"/>
        <source>text and %1</source>
        <translation>мәтін және %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="378"/>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="387"/>
        <source>new: saved with the profile</source>
        <translation>жаңа: профильмен бірге сақталады</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="387"/>
        <source>saved</source>
        <translation>сақталған</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="500"/>
        <source>Discard the changes?</source>
        <translation>Өзгерістерден бас тартасыз ба?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="501"/>
        <source>The changes to this profile are not saved. Discard them?</source>
        <translation>Бұл профильдегі өзгерістер сақталмаған. Олардан бас тартасыз ба?</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="55"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="82"/>
        <source>Name (&amp;Kazakh):</source>
        <translation>Атауы (&amp;қазақша):</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="125"/>
        <source>Name (&amp;Russian):</source>
        <translation>Атауы (&amp;орысша):</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="168"/>
        <source>S&amp;hort name:</source>
        <translation>Қ&amp;ысқаша атауы:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="188"/>
        <source>&amp;Code:</source>
        <translation>&amp;Коды:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="209"/>
        <source>A short Latin name for the command line and file names, e.g. senimkey</source>
        <translation>Пәрмен жолы мен файл атаулары үшін латынша қысқа атау, мысалы: senimkey</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="234"/>
        <source>Registration &amp;number:</source>
        <translation>Тіркеу &amp;нөмірі:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="257"/>
        <source>BIN for a Kazakh organisation; for a foreign one its own kind of number, e.g. INN</source>
        <translation>Қазақстандық ұйым үшін — БСН; шетелдік ұйым үшін — өз елінде қабылданған нөмір, мысалы, ИНН</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="283"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="310"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;Елі:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="337"/>
        <source>The two-letter country code: KZ, RU, …</source>
        <translation>Елдің екі әріпті коды: KZ, RU, …</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="362"/>
        <source>Postal &amp;address:</source>
        <translation>Пошталық &amp;мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="454"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="497"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефоны:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="517"/>
        <source>&amp;Website:</source>
        <translation>&amp;Веб-сайты:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="545"/>
        <source>Signatory and numbering</source>
        <translation>Қол қоюшы және нөмірлеу</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="566"/>
        <source>Who signs the letters</source>
        <translation>Хаттарға кім қол қояды</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="581"/>
        <source>Position (Ka&amp;zakh):</source>
        <translation>Лауазымы (&amp;қазақша):</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="618"/>
        <source>Position (R&amp;ussian):</source>
        <translation>Лауазымы (&amp;орысша):</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="655"/>
        <source>&amp;Name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="678"/>
        <source>Executor printed at the bottom of letters</source>
        <translation>Хаттың төменгі жағында көрсетілетін орындаушы</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="693"/>
        <source>N&amp;ame:</source>
        <translation>А&amp;ты-жөні:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="710"/>
        <source>P&amp;hone:</source>
        <translation>Т&amp;елефоны:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="730"/>
        <source>Registration numbers</source>
        <translation>Тіркеу нөмірлері</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="745"/>
        <source>Pre&amp;fix:</source>
        <translation>&amp;Префикс:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="791"/>
        <source>&amp;Incoming letters:</source>
        <translation>&amp;Кіріс хаттар:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="380"/>
        <source>in Kazakh:</source>
        <translation>қазақша:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="416"/>
        <source>in Russian:</source>
        <translation>орысша:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="851"/>
        <source>&amp;Outgoing letters (Russian):</source>
        <translation>&amp;Шығыс хаттар (орысша):</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="914"/>
        <source>in &amp;Kazakh letters:</source>
        <translation>&amp;қазақша хаттарда:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="958"/>
        <source>Destruction &amp;acts:</source>
        <translation>Жою &amp;актілері:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1024"/>
        <source>Placeholders: {prefix} the prefix, {year} or {yy} the year, {seq} the running number ({seq:04d} pads it to 4 digits). Numbers restart every year.</source>
        <translation>Толтырғыштар: {prefix} — префикс, {year} немесе {yy} — жыл, {seq} — реттік нөмір ({seq:04d} оны алдынан нөлдер қосып 4 цифрға толықтырады). Нөмірлеу жыл сайын басынан басталады.</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1042"/>
        <source>Data map</source>
        <translation>Деректер картасы</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1069"/>
        <source>What the operator declares in its consent and policy, in Kazakh and in Russian: the access response and the deregistration letters quote it, and each withdrawal copies its systems and categories. A text missing its other half is asked for at its row.</source>
        <translation>Оператордың келісімде және саясатта мәлімдейтіні, қазақша және орысша: мәліметтер беру туралы жауап пен есептен шығару туралы хаттар осыдан алынады, ал әр кері қайтарып алу оның жүйелері мен санаттарын көшіреді. Екінші жартысы жетіспейтін мәтін өз жолында сұралады.</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1080"/>
        <source>Retention and withdrawal</source>
        <translation>Сақтау және кері қайтарып алу</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1107"/>
        <source>How long data are &amp;kept (Kazakh)</source>
        <translation>Деректердің &amp;сақталу мерзімі (қазақша)</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1120"/>
        <source>How long data are kept (Russian)</source>
        <translation>Деректердің сақталу мерзімі (орысша)</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1147"/>
        <source>How consent is &amp;withdrawn (Kazakh)</source>
        <translation>Келісімді &amp;кері қайтарып алу тәртібі (қазақша)</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1160"/>
        <source>How consent is withdrawn (Russian)</source>
        <translation>Келісімді кері қайтарып алу тәртібі (орысша)</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1184"/>
        <source>Data &amp;cross the border (transferred to or stored outside Kazakhstan)</source>
        <translation>&amp;Трансшекаралық беру бар (деректер Қазақстаннан тыс жерге беріледі немесе сонда сақталады)</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1192"/>
        <source>Consent documents</source>
        <translation>Келісім құжаттары</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1219"/>
        <source>The consent agreements and privacy policies subjects accepted, each edition on its own. New documents are saved with the profile; saved ones stay as they are, as the evidence of what was agreed.</source>
        <translation>Субъектілер қабылдаған келісімдер мен құпиялылық саясаттары, әр редакциясы жеке. Жаңа құжаттар профильмен бірге сақталады; сақталғандары не туралы келісілгенінің дәлелі ретінде өзгеріссіз қалады.</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1242"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1247"/>
        <source>Edition</source>
        <translation>Редакциясы</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1252"/>
        <source>In force from</source>
        <translation>Күшіне енген күні</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1257"/>
        <source>Content</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1262"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1275"/>
        <source>&amp;Add a document…</source>
        <translation>Құжат &amp;қосу…</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1282"/>
        <source>&amp;Remove the new document</source>
        <translation>Жаңа құжатты &amp;алып тастау</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1302"/>
        <source>&amp;Default operator: new letters are registered for it</source>
        <translation>Ә&amp;депкі оператор: жаңа хаттар соған тіркеледі</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="54"/>
        <source>&amp;Operators</source>
        <translation>&amp;Операторлар</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="67"/>
        <source>The organisations whose letters you answer. Letters are registered for the default operator unless you choose another.</source>
        <translation>Хаттарына сіз жауап беретін ұйымдар. Басқа оператор таңдалмаса, хаттар әдепкі операторға тіркеледі.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="81"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="81"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="81"/>
        <source>Registration No.</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="81"/>
        <source>Default</source>
        <translation>Әдепкі</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="99"/>
        <source>&amp;New operator…</source>
        <translation>Оператор &amp;қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="100"/>
        <source>Create another operator profile (Insert)</source>
        <translation>Тағы бір оператор профилін жасау (Insert)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="101"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="102"/>
        <source>Edit the selected profile (Enter)</source>
        <translation>Таңдалған профильді өзгерту (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="104"/>
        <source>Make the de&amp;fault</source>
        <translation>Ә&amp;депкі ету</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="107"/>
        <source>Register new letters for the selected operator by default</source>
        <translation>Жаңа хаттарды әдепкі бойынша таңдалған операторға тіркеу</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="154"/>
        <source>default</source>
        <translation>әдепкі</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="212"/>
        <source>The default operator</source>
        <translation>Әдепкі оператор</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="216"/>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="217"/>
        <source>Short name</source>
        <translation>Қысқаша атауы</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="219"/>
        <source>Country</source>
        <translation>Елі</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="220"/>
        <source>Address in Kazakh</source>
        <translation>Мекенжайы (қазақша)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="221"/>
        <source>Address in Russian</source>
        <translation>Мекенжайы (орысша)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="222"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="223"/>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="224"/>
        <source>Website</source>
        <translation>Веб-сайты</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="225"/>
        <source>Signs letters</source>
        <translation>Хаттарға қол қояды</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="226"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="227"/>
        <source>Incoming numbers</source>
        <translation>Кіріс нөмірлері</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="229"/>
        <source>Consent documents</source>
        <translation>Келісім құжаттары</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="230"/>
        <source>Cross-border transfer</source>
        <translation>Трансшекаралық беру</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="242"/>
        <source>%1 categories of data, %2 purposes, %3 methods, %4 sources, %5 recipients, %6 systems</source>
        <translation>деректер санаттары: %1, мақсаттар: %2, тәсілдер: %3, көздер: %4, алушылар: %5, жүйелер: %6</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="262"/>
        <source>nothing: every category is removed once consent is withdrawn</source>
        <translation>ештеңе: келісім кері қайтарып алынғанда әр санат жойылады</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="264"/>
        <source>Data map</source>
        <translation>Деректер картасы</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="265"/>
        <source>Kept after withdrawal</source>
        <translation>Кері қайтарып алғаннан кейін сақталады</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="269"/>
        <source>%1 texts of the data map: open the profile to complete them</source>
        <translation>деректер картасының %1 мәтіні: толықтыру үшін профильді ашыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="270"/>
        <source>To complete</source>
        <translation>Толықтыру керек</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="276"/>
        <source>yes: %1</source>
        <translation>иә: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="277"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="277"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="302"/>
        <source>The operator profile is saved.</source>
        <translation>Оператор профилі сақталды.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="314"/>
        <source>New letters are now registered for %1.</source>
        <translation>Енді жаңа хаттар %1 операторына тіркеледі.</translation>
    </message>
</context>
<context>
    <name>OutgoingScreen</name>
    <message>
        <location filename="../../ui/screens/registry.py" line="62"/>
        <source>Outgoing</source>
        <translation>Шығыс хаттар</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="74"/>
        <source>Number, tracking number, request or sender</source>
        <translation>Нөмір, трек-нөмір, өтініш немесе жіберуші</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="81"/>
        <source>&amp;Dispatch…</source>
        <translation>&amp;Жіберу…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="82"/>
        <source>Record the dispatch of the selected letters</source>
        <translation>Таңдалған хаттардың жіберілгенін жазу</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="85"/>
        <source>Delivery &amp;notice or return…</source>
        <translation>Табыс ету &amp;хабарламасы немесе қайтарылу…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="88"/>
        <source>Open the &amp;case</source>
        <translation>&amp;Істі ашу</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="119"/>
        <source>Post office, day:</source>
        <translation>Пошта, күні:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="125"/>
        <source>only the selected letters</source>
        <translation>тек таңдалған хаттар</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="128"/>
        <source>The list and the envelopes for the letters selected above, not the whole day</source>
        <translation>Тізім мен конверттер бүкіл күнге емес, жоғарыда таңдалған хаттарға ғана</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="131"/>
        <source>&amp;Print the list…</source>
        <translation>Тізімді &amp;басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="133"/>
        <source>Save the list…</source>
        <translation>Тізімді сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="139"/>
        <source>Print &amp;envelopes…</source>
        <translation>&amp;Конверттерді басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="142"/>
        <source>Save envelopes…</source>
        <translation>Конверттерді сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="147"/>
        <source>Envelope:</source>
        <translation>Конверт:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="153"/>
        <source>Close a sent request after</source>
        <translation>Жіберілген өтінішті жабу мерзімі:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="157"/>
        <source> days without a notice</source>
        <translation> күн (хабарламасыз)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="159"/>
        <source>Days a sent answer waits for its delivery notice before the request closes</source>
        <translation>Өтініш жабылғанға дейін жіберілген жауаптың табыс ету хабарламасын күтетін күндер саны</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="207"/>
        <source>{0} sent requests closed: no delivery notice within the wait</source>
        <translation>Жіберілген {0} өтініш жабылды: күту мерзімінде табыс ету хабарламасы келмеді</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="218"/>
        <source>To post</source>
        <translation>Жіберілетін</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="219"/>
        <source>Posted</source>
        <translation>Жіберілген</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="220"/>
        <source>Awaiting a delivery notice</source>
        <translation>Табыс ету хабарламасы күтілуде</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="221"/>
        <source>Delivered or returned</source>
        <translation>Табыс етілген немесе қайтарылған</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="294"/>
        <source>{0} letters dispatched; {1} requests moved to sent</source>
        <translation>{0} хат жіберілді; {1} өтініш «Жіберілді» мәртебесіне көшті</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="325"/>
        <source>Preparing…</source>
        <translation>Дайындалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="347"/>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="352"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="367"/>
        <source>Saved {0}</source>
        <translation>Сақталды: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="397"/>
        <source>Printing cancelled</source>
        <translation>Басып шығару тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="399"/>
        <source>Not printed: {0}</source>
        <translation>Басып шығарылмады: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="403"/>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="407"/>
        <source>Sent {0} pages to the printer</source>
        <translation>Принтерге {0} бет жіберілді</translation>
    </message>
</context>
<context>
    <name>OutgoingTableModel</name>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="41"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="42"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="43"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="44"/>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="45"/>
        <source>Addressee</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="46"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="47"/>
        <source>Method</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="48"/>
        <source>Sent on</source>
        <translation>Жіберілген күні</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="49"/>
        <source>Tracking number</source>
        <translation>Трек-нөмір</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="50"/>
        <source>Delivered / returned</source>
        <translation>Табыс етілді / қайтарылды</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="60"/>
        <source>delivered {0}</source>
        <translation>{0} табыс етілді</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="64"/>
        <source>returned {0}</source>
        <translation>{0} қайтарылды</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="68"/>
        <source>closes {0} without a notice</source>
        <translation>хабарламасыз {0} жабылады</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="62"/>
        <source>Add a calendar override</source>
        <translation>Күнтізбеге түзету қосу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="64"/>
        <source>Edit the calendar override</source>
        <translation>Күнтізбе түзетуін өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="92"/>
        <source>already has an override</source>
        <translation>бұл күнге түзету бар</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="96"/>
        <source>Without an override: a working day</source>
        <translation>Түзетусіз: жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="98"/>
        <source>Without an override: a day off (%1)</source>
        <translation>Түзетусіз: демалыс күні (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="100"/>
        <source>Without an override: a day off</source>
        <translation>Түзетусіз: демалыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="125"/>
        <source>The day {0} changes in the calendar.</source>
        <translation>Күнтізбеде {0} күні өзгереді.</translation>
    </message>
    <message>
        <location filename="../../../forms/override_dialog.ui" line="9"/>
        <source>Calendar override</source>
        <translation>Күнтізбе түзетуі</translation>
    </message>
    <message>
        <location filename="../../../forms/override_dialog.ui" line="23"/>
        <source>When the government moves a day off, mark the day here. Open requests&apos; due dates are counted again.</source>
        <translation>Үкімет демалыс күнін ауыстырса, сол күнді осында белгілеңіз. Қаралудағы өтініштердің мерзімдері қайта есептеледі.</translation>
    </message>
    <message>
        <location filename="../../../forms/override_dialog.ui" line="28"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../../forms/override_dialog.ui" line="55"/>
        <source>The day is:</source>
        <translation>Бұл күн:</translation>
    </message>
    <message>
        <location filename="../../../forms/override_dialog.ui" line="62"/>
        <source>a &amp;holiday (day off)</source>
        <translation>&amp;мереке (демалыс күні)</translation>
    </message>
    <message>
        <location filename="../../../forms/override_dialog.ui" line="68"/>
        <source>a &amp;working day</source>
        <translation>&amp;жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../../forms/override_dialog.ui" line="75"/>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../../forms/override_dialog.ui" line="82"/>
        <source>e.g. Government decree of 12.09.2026: day off moved</source>
        <translation>мысалы: Үкіметтің 12.09.2026 жылғы қаулысы: демалыс күні ауыстырылды</translation>
    </message>
</context>
<context>
    <name>PairTable</name>
    <message>
        <location filename="../../ui/dialogs/data_map_table.py" line="46"/>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_table.py" line="47"/>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_table.py" line="55"/>
        <source>%1 yr</source>
        <translation>%1 жыл</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_table.py" line="57"/>
        <source>%1 mo</source>
        <translation>%1 ай</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_table.py" line="98"/>
        <source>Double-click a cell to edit it; Enter keeps the text.</source>
        <translation>Өңдеу үшін ұяшықты екі рет басыңыз; Enter мәтінді сақтайды.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_table.py" line="101"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_table.py" line="102"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_table.py" line="103"/>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_table.py" line="104"/>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="54"/>
        <source>Previous page (Page Up)</source>
        <translation>Алдыңғы бет (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="60"/>
        <source>Next page (Page Down)</source>
        <translation>Келесі бет (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="65"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Кішірейту (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="71"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Үлкейту (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="74"/>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="77"/>
        <source>Fit the page to the width of the preview (Ctrl+0)</source>
        <translation>Бетті алдын ала қарау аймағының еніне сыйдыру (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="149"/>
        <source>This PDF cannot be displayed (it may be damaged).</source>
        <translation>Бұл PDF көрсетілмейді (ол бүлінген болуы мүмкін).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="177"/>
        <source>Updating…</source>
        <translation>Жаңартылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="246"/>
        <source>Page {0} of {1}</source>
        <translation>Бет: {0} / {1}</translation>
    </message>
</context>
<context>
    <name>PrepareLetterDialog</name>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="116"/>
        <source>Prepare a letter — Derbes</source>
        <translation>Хат дайындау — Derbes</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="131"/>
        <source>Reading the case…</source>
        <translation>Іс оқылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="149"/>
        <source># heading · ## section · - item · **bold** · [[blank to fill]]</source>
        <translation># тақырып · ## бөлім · - тармақ · **жуан** · [[толтырылатын бос орын]]</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="153"/>
        <source>Lines that follow each other make one paragraph; a blank line ends it. &gt; centres a line, | a | b | makes a table row, --- a dividing line. A letter with a [[blank]] left cannot be finalised.</source>
        <translation>Қатар тұрған жолдар бір абзац құрайды; бос жол абзацты аяқтайды. &gt; жолды ортаға туралайды, | а | б | кесте жолын жасайды, --- бөлгіш сызық салады. Толтырылмаған [[бос орны]] бар хатты түпкілікті ресімдеуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="159"/>
        <source>Write the text anew from the template, with the details as they are now</source>
        <translation>Мәтінді үлгіден ағымдағы мәліметтермен қайта жазу</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="168"/>
        <source>Data</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="168"/>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="168"/>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="168"/>
        <source>Kept until</source>
        <translation>Сақталу мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="228"/>
        <source>This letter cannot be prepared: {0}</source>
        <translation>Бұл хатты дайындау мүмкін емес: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="236"/>
        <source>Letter on {0}</source>
        <translation>{0} өтініші бойынша хат</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="238"/>
        <source>{type} · {sender} · language of the letter: {language}</source>
        <translation>{type} · {sender} · хаттың тілі: {language}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="244"/>
        <source>Letter on {0} — Derbes</source>
        <translation>{0} өтініші бойынша хат — Derbes</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="272"/>
        <source>Draft of {0}</source>
        <translation>{0} жасалған жоба</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="312"/>
        <source>Not possible for this request: {0}</source>
        <translation>Бұл өтініш үшін мүмкін емес: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="356"/>
        <source>An internal act: it may be written in either language.</source>
        <translation>Ішкі акт: оны кез келген тілде жасауға болады.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="359"/>
        <source>The letter came in Russian: answer in Russian, in Kazakh, or in both languages.</source>
        <translation>Хат орыс тілінде келді: орыс тілінде, қазақ тілінде немесе екі тілде жауап беріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="363"/>
        <source>The letter did not come in Russian: answer in Kazakh or in both languages (Law on Languages, art. 11).</source>
        <translation>Хат орыс тілінде келген жоқ: қазақ тілінде немесе екі тілде жауап беріңіз («Тіл туралы» Заңның 11-бабы).</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="401"/>
        <source>Write a new text as a “{0}”?</source>
        <translation>Мәтін «{0}» ретінде қайта жазылсын ба?</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="419"/>
        <source>Write the text anew in the language “{0}”?</source>
        <translation>Мәтін қайта жазылсын ба? Тілі: «{0}».</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="439"/>
        <source>Rewrite the text</source>
        <translation>Мәтінді қайта жазу</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="441"/>
        <source>Your edits to the text are lost.</source>
        <translation>Мәтінге енгізген өзгерістеріңіз жоғалады.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="442"/>
        <source>Rewrite</source>
        <translation>Қайта жазу</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="459"/>
        <source>Write the text anew from the template?</source>
        <translation>Мәтін үлгіден қайта жазылсын ба?</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_details.py" line="49"/>
        <source>(no text in this language)</source>
        <translation>(бұл тілде мәтін жоқ)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_details.py" line="75"/>
        <source>No refusal is recorded on the Withdrawal tab.</source>
        <translation>«Кері қайтарып алу» қойындысында бас тарту тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_details.py" line="96"/>
        <source>The withdrawal&apos;s work is not recorded yet.</source>
        <translation>Кері қайтарып алу бойынша жұмыс әлі тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_details.py" line="102"/>
        <source>Processing stopped on: {0}</source>
        <translation>Өңдеу тоқтатылған күн: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_details.py" line="112"/>
        <source>not chosen yet</source>
        <translation>әлі таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_details.py" line="127"/>
        <source>cleaned on {0}</source>
        <translation>{0} тазартылды</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_details.py" line="131"/>
        <source>not cleaned yet</source>
        <translation>әлі тазартылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_details.py" line="158"/>
        <source>The details changed but the text keeps your edits. “Rewrite from the template” writes it anew with the details.</source>
        <translation>Мәліметтер өзгерді, бірақ мәтінде сіздің өзгерістеріңіз сақталған. «Үлгіден қайта жазу» мәтінді жаңа мәліметтермен қайта жазады.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_render.py" line="80"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_render.py" line="170"/>
        <source>This letter cannot be written for {0}: {1}</source>
        <translation>{0} үшін бұл хатты жазу мүмкін емес: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_render.py" line="176"/>
        <source>The letter cannot be shown: {0}</source>
        <translation>Хатты көрсету мүмкін емес: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_render.py" line="205"/>
        <source>✓ Ready to finalise</source>
        <translation>✓ Түпкілікті ресімдеуге дайын</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_render.py" line="211"/>
        <source>Before it can be finalised:</source>
        <translation>Түпкілікті ресімдеу алдында:</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="501"/>
        <source>Wait for the preview to show the letter as it is now</source>
        <translation>Алдын ала қарау хатты ағымдағы күйінде көрсеткенше күтіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="503"/>
        <source>Resolve what is listed under the text first</source>
        <translation>Алдымен мәтіннің астында көрсетілгендерді түзетіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="505"/>
        <source>Number the letter and keep its PDF in the case, unchangeable</source>
        <translation>Хатқа нөмір беріп, оның PDF нұсқасын өзгертілмейтін етіп іс ішінде сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="38"/>
        <source>Saving the draft…</source>
        <translation>Жоба сақталуда…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="46"/>
        <source>Draft saved at {0}</source>
        <translation>Жоба сақталды ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="58"/>
        <source>The draft was not saved: {0}</source>
        <translation>Жоба сақталмады: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="112"/>
        <source>Saving {0}…</source>
        <translation>Сақталуда: {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="118"/>
        <source>Saved {0}</source>
        <translation>Сақталды: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="128"/>
        <source>{0} was not saved: {1}</source>
        <translation>{0} сақталмады: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="145"/>
        <source>Print the letter</source>
        <translation>Хатты басып шығару</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="165"/>
        <source>Printing page {0} of {1}…</source>
        <translation>{1} беттің {0}-беті басылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="173"/>
        <source>Sent {0} pages to the printer</source>
        <translation>Принтерге {0} бет жіберілді</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="184"/>
        <source>Printing cancelled</source>
        <translation>Басып шығарудан бас тартылды</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="189"/>
        <source>The letter was not printed: {0}</source>
        <translation>Хат басып шығарылмады: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="205"/>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="226"/>
        <source>Finalise the letter</source>
        <translation>Хатты түпкілікті ресімдеу</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="228"/>
        <source>Finalise the {0} on {1}?</source>
        <translation>{1} өтініші бойынша «{0}» хаты түпкілікті ресімделсін бе?</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="232"/>
        <source>It gets the next outgoing number and its PDF is kept in the case with its SHA-256.

A finalised letter is never changed; a correction is a new letter.</source>
        <translation>Хатқа келесі шығыс нөмірі беріледі, ал оның PDF нұсқасы SHA-256 мәнімен бірге іс ішінде сақталады.

Ресімделген хат ешқашан өзгертілмейді; түзету жаңа хатпен жасалады.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="238"/>
        <source>The clock of the request stops until the subject answers.</source>
        <translation>Субъект жауап бергенге дейін өтініштің мерзімі тоқтатылады.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="243"/>
        <source>Finalise</source>
        <translation>Ресімдеу</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="265"/>
        <source>Finalising…</source>
        <translation>Ресімделуде…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="283"/>
        <source>Finalised</source>
        <translation>Ресімделді</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="286"/>
        <source>Finalised; the clock is stopped until the subject answers</source>
        <translation>Ресімделді; мерзім субъект жауап бергенге дейін тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="297"/>
        <source>The letter was not finalised: {0}</source>
        <translation>Хат ресімделмеді: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="326"/>
        <source>Letter № {0} of {1}</source>
        <translation>{1} күнгі № {0} хат</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="331"/>
        <source>Letter № {0} — Derbes</source>
        <translation>№ {0} хат — Derbes</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="335"/>
        <source>Finalised: № {number} of {date}, SHA-256 {sha}…  A finalised letter is never changed; a correction is a new letter.</source>
        <translation>Ресімделді: {date} күнгі № {number}, SHA-256 {sha}…  Ресімделген хат ешқашан өзгертілмейді; түзету жаңа хатпен жасалады.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="345"/>
        <source>The stored PDF of letter № {0} cannot be trusted: {1}</source>
        <translation>№ {0} хаттың сақталған PDF нұсқасына сенуге болмайды: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="366"/>
        <source>Unsaved letter</source>
        <translation>Сақталмаған хат</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="368"/>
        <source>Keep the text of this letter as a draft?</source>
        <translation>Осы хаттың мәтіні жоба ретінде сақталсын ба?</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="373"/>
        <source>Save draft</source>
        <translation>Жобаны сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="378"/>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="9"/>
        <source>Prepare a letter</source>
        <translation>Хат дайындау</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="81"/>
        <source>&amp;Kind:</source>
        <translation>Т&amp;үрі:</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="87"/>
        <source>What the letter is (Ctrl+1)</source>
        <translation>Хаттың түрі (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="99"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="105"/>
        <source>The language of the letter (Ctrl+2)</source>
        <translation>Хаттың тілі (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="121"/>
        <source>&amp;Text</source>
        <translation>&amp;Мәтін</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="138"/>
        <source>The text of the letter</source>
        <translation>Хаттың мәтіні</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="153"/>
        <source>&amp;Rewrite from the template</source>
        <translation>Үлгіден &amp;қайта жазу</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="162"/>
        <source>&amp;Details</source>
        <translation>Мә&amp;ліметтер</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="182"/>
        <source>What the letter says beyond the case record. Changing a detail rewrites the text from the template.</source>
        <translation>Хатта іс жазбасынан тыс айтылатын мәліметтер. Мәліметті өзгерту мәтінді үлгіден қайта жазады.</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="227"/>
        <source>Request for clarification</source>
        <translation>Нақтылау туралы сұрау</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="232"/>
        <source>&amp;Question:</source>
        <translation>&amp;Сұрақ:</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="240"/>
        <source>What the subject is asked to clarify or provide</source>
        <translation>Субъектіден нені нақтылау немесе ұсыну сұралады</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="245"/>
        <source>&amp;Stop the clock when the letter is finalised</source>
        <translation>&amp;Хат ресімделгенде мерзімді тоқтату</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="254"/>
        <source>Answer to the claim</source>
        <translation>Шағымға жауап</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="259"/>
        <source>F&amp;indings:</source>
        <translation>&amp;Анықталғаны:</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="267"/>
        <source>What the review established: which data, in which systems, on which basis</source>
        <translation>Қарау барысында не анықталды: қандай деректер, қандай жүйелерде, қандай негізде</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="272"/>
        <source>D&amp;ecision:</source>
        <translation>&amp;Шешім:</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="280"/>
        <source>What the operator decided and did</source>
        <translation>Оператор не шешті және не істеді</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="188"/>
        <source>Ground of the refusal (as the decision recorded it)</source>
        <translation>Бас тарту негізі (шешімде тіркелгендей)</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="193"/>
        <source>Ground:</source>
        <translation>Негізі:</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="205"/>
        <source>Facts:</source>
        <translation>Мән-жайлар:</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="288"/>
        <source>What the withdrawal recorded</source>
        <translation>Кері қайтарып алу барысында тіркелгені</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="294"/>
        <source>The letter states what the Withdrawal tab of the case recorded; change it there.</source>
        <translation>Хатта істің «Кері қайтарып алу» қойындысында тіркелгені ғана жазылады; өзгерту үшін сол қойындыға өтіңіз.</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="314"/>
        <source>S&amp;ystems the data were removed from:</source>
        <translation>&amp;Деректер жойылған жүйелер:</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="332"/>
        <source>&amp;Method of destruction:</source>
        <translation>Жою т&amp;әсілі:</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="338"/>
        <source>Empty: the usual method (deletion without recovery, shredding paper)</source>
        <translation>Бос болса — әдеттегі тәсіл (қалпына келтіру мүмкіндігінсіз өшіру, қағазды ұсақтау)</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="346"/>
        <source>Attachments</source>
        <translation>Қосымшалар</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="352"/>
        <source>One attachment a line, e.g. “Copy of the destruction act, 1 page”</source>
        <translation>Әр жолға бір қосымша, мысалы: «Жою туралы акттің көшірмесі, 1 парақ»</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="382"/>
        <source>Double-click a blank to go to it in the text</source>
        <translation>Мәтіндегі бос орынға өту үшін оны екі рет басыңыз</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="404"/>
        <source>Keep the text as a draft of this case (Ctrl+S)</source>
        <translation>Мәтінді осы істің жобасы ретінде сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="405"/>
        <source>Save &amp;draft</source>
        <translation>&amp;Жобаны сақтау</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="411"/>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="417"/>
        <source>Save as D&amp;OCX…</source>
        <translation>D&amp;OCX ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="423"/>
        <source>Print the letter (Ctrl+P)</source>
        <translation>Хатты басып шығару (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="424"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="436"/>
        <source>&amp;Finalise…</source>
        <translation>&amp;Ресімдеу…</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="442"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="49"/>
        <source>the letter&apos;s PDF cannot be read</source>
        <translation>хаттың PDF файлын оқу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="119"/>
        <source>the printer cannot start the job</source>
        <translation>принтер басып шығару тапсырмасын бастай алмайды</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="145"/>
        <source>the printer did not accept the job</source>
        <translation>принтер басып шығару тапсырмасын қабылдамады</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/problems/input.py" line="10"/>
        <source>Required.</source>
        <translation>Міндетті.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="11"/>
        <source>Too long: at most {max} characters ({given} typed).</source>
        <translation>Тым ұзын: ең көбі {max} таңба (енгізілгені — {given}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="14"/>
        <source>Not a date: write it as dd.mm.yyyy.</source>
        <translation>Бұл күн емес: кк.аа.жжжж түрінде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="15"/>
        <source>{value} has not come yet.</source>
        <translation>{value} күні әлі келген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="16"/>
        <source>{value} is outside the years {low}–{high}.</source>
        <translation>{value} күні {low}–{high} жылдар аралығынан тыс.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="19"/>
        <source>Choose one of: {choices}.</source>
        <translation>Мыналардың бірін таңдаңыз: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="20"/>
        <source>Contains invisible control characters.</source>
        <translation>Көрінбейтін басқару таңбалары бар.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="21"/>
        <source>Digits only; “{char}” is not a digit.</source>
        <translation>Тек цифрлар; «{char}» — цифр емес.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="22"/>
        <source>Needs {expected} digits; {given} typed.</source>
        <translation>{expected} цифр болуы керек; енгізілгені — {given}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="23"/>
        <source>No valid number starts with these 11 digits: look for a typo.</source>
        <translation>Осы 11 цифрдан басталатын жарамды нөмір болмайды: қатені іздеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="26"/>
        <source>The check digit does not match: with these first 11 digits the 12th would be {expected}. Look for a typo.</source>
        <translation>Бақылау цифры сәйкес емес: алғашқы 11 цифр осындай болса, 12-цифр {expected} болар еді. Қатені іздеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="31"/>
        <source>Not an e-mail address; it looks like name@example.kz.</source>
        <translation>Бұл электрондық пошта мекенжайы емес; мекенжай name@example.kz сияқты болады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="35"/>
        <source>The other language&apos;s half is filled in: write this one too ({language}); a letter in this language prints it.</source>
        <translation>Екінші тілдегі нұсқасы толтырылған: мұны да жазыңыз ({language}); осы тілдегі хатқа осы нұсқа басылады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="40"/>
        <source>Russian words in the Kazakh text: {words}. Write it in Kazakh (for example «қ.», «көш.», «ЖШС», «ШЫҒ»).</source>
        <translation>Қазақша мәтінде орысша сөздер бар: {words}. Қазақша жазыңыз (мысалы, «қ.», «көш.», «ЖШС», «ШЫҒ»).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="45"/>
        <source>Kazakh words in the Russian text: {words}. Write it in Russian (for example «г.», «ул.», «ТОО», «ИСХ»).</source>
        <translation>Орысша мәтінде қазақша сөздер бар: {words}. Орысша жазыңыз (мысалы, «г.», «ул.», «ТОО», «ИСХ»).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="50"/>
        <source>The Russian name states another legal form: in Kazakh it is «{expected}».</source>
        <translation>Орысша атауда басқа ұйымдық-құқықтық нысан көрсетілген: қазақша ол «{expected}».</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="53"/>
        <source>The operator profile has no text here in this language ({language}): fill it in (Settings → Operators) before making a letter in it.</source>
        <translation>Оператор профилінде бұл өрістің осы тілдегі мәтіні жоқ ({language}): осы тілде хат жасамас бұрын оны толтырыңыз (Баптаулар → Операторлар).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="58"/>
        <source>The operator profile&apos;s text in this language ({language}) holds words of the other language: {words}. Correct it (Settings → Operators) before making a letter in it.</source>
        <translation>Оператор профиліндегі осы тілдегі мәтінде ({language}) екінші тілдің сөздері бар: {words}. Осы тілде хат жасамас бұрын оны түзетіңіз (Баптаулар → Операторлар).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="64"/>
        <source>{value} is outside {low}–{high}.</source>
        <translation>{value} мәні {low}–{high} аралығынан тыс.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="65"/>
        <source>Before the postmark ({postmark}): check both dates.</source>
        <translation>Пошта мөртабанынан ({postmark}) бұрын: екі күнді де тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="68"/>
        <source>Cannot be after the letter was received ({received}): check both dates.</source>
        <translation>Хат түскен күннен ({received}) кейін бола алмайды: екі күнді де тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="71"/>
        <source>Cannot be before the letter was received ({received}).</source>
        <translation>Хат түскен күннен ({received}) бұрын бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="74"/>
        <source>Cannot be before the clock stopped ({stopped}).</source>
        <translation>Мерзім тоқтатылған күннен ({stopped}) бұрын бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="75"/>
        <source>A tracking number has 13 characters: 2 letters, 8 digits, a check digit and 2 letters; {given} typed.</source>
        <translation>Трек-нөмір 13 таңбадан тұрады: 2 әріп, 8 цифр, бақылау цифры және 2 әріп; енгізілгені — {given}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="79"/>
        <source>Must start with the 2 Latin letters of the postal service.</source>
        <translation>Пошта қызметінің 2 латын әрпінен басталуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="82"/>
        <source>Characters 3 to 11 must be digits.</source>
        <translation>3-таңбадан 11-таңбаға дейін цифрлар болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="83"/>
        <source>Must end with the 2 Latin letters of the country.</source>
        <translation>Елдің 2 латын әрпімен аяқталуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="86"/>
        <source>The check digit does not match: it should be {expected}.</source>
        <translation>Бақылау цифры сәйкес емес: {expected} болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="89"/>
        <source>Not a valid pattern: a brace is not closed or not opened.</source>
        <translation>Үлгі жарамсыз: жақшаның бірі жабылмаған немесе ашылмаған.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="92"/>
        <source>{{name}} is not a placeholder: use {prefix}, {year}, {yy} and {seq}.</source>
        <translation>{{name}} — толтырғыш емес: {prefix}, {year}, {yy} және {seq} пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="95"/>
        <source>{{name}} may only take a width, for example {seq:04d}.</source>
        <translation>{{name}} үшін тек ені көрсетіледі, мысалы: {seq:04d}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="98"/>
        <source>The pattern needs {seq}, the running number.</source>
        <translation>Үлгіде {seq} — реттік нөмір болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="99"/>
        <source>The pattern needs {year} or {yy}: numbers restart every year.</source>
        <translation>Үлгіде {year} немесе {yy} болуы керек: нөмірлеу жыл сайын басынан басталады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="102"/>
        <source>Use 1–40 small Latin letters, digits, “-” or “_”, for example senimkey.</source>
        <translation>1–40 кіші латын әрпін, цифрды, «-» немесе «_» таңбасын пайдаланыңыз, мысалы: senimkey.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="105"/>
        <source>Another operator already has this code.</source>
        <translation>Бұл код басқа операторға берілген.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="106"/>
        <source>Two Latin letters, the country code: KZ, RU, …</source>
        <translation>Екі латын әрпі — ел коды: KZ, RU, …</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="109"/>
        <source>5–20 Latin letters, digits or “-”.</source>
        <translation>5–20 латын әрпі, цифр немесе «-».</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="110"/>
        <source>Create an operator profile first (Settings → Operators).</source>
        <translation>Алдымен оператор профилін жасаңыз (Баптаулар → Операторлар).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="113"/>
        <source>This operator profile no longer exists (no. {id}).</source>
        <translation>Бұл оператор профилі енді жоқ (№ {id}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="116"/>
        <source>This request no longer exists (no. {id}).</source>
        <translation>Бұл өтініш енді жоқ (№ {id}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="117"/>
        <source>No request is numbered {number}.</source>
        <translation>{number} нөмірлі өтініш жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="118"/>
        <source>{number} exists at several operators: choose the operator.</source>
        <translation>{number} нөмірі бірнеше операторда бар: операторды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="121"/>
        <source>This subject no longer exists (no. {id}).</source>
        <translation>Бұл субъект енді жоқ (№ {id}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="122"/>
        <source>This subject (no. {id}) does not belong to this operator.</source>
        <translation>Бұл субъект (№ {id}) осы операторға тиесілі емес.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="125"/>
        <source>This scan no longer exists (no. {id}).</source>
        <translation>Бұл скан-көшірме енді жоқ (№ {id}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="126"/>
        <source>This calendar day is no longer in the list.</source>
        <translation>Күнтізбенің бұл күні тізімде енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="127"/>
        <source>Another subject already has this IIN ({name}): open that record instead.</source>
        <translation>Бұл ЖСН басқа субъектіде бар ({name}): соның жазбасын ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="130"/>
        <source>Link an existing subject or create a new one, not both.</source>
        <translation>Бар субъектіні байланыстырыңыз немесе жаңасын жасаңыз, екеуін бірдей емес.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="133"/>
        <source>Select the subject to link, or choose another option.</source>
        <translation>Байланыстыратын субъектіні немесе басқа нұсқаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="136"/>
        <source>Use “Stop the clock” to wait for the subject: it needs a reason.</source>
        <translation>Субъектінің жауабын күту үшін «Мерзімді тоқтату» әрекетін пайдаланыңыз: оған себеп керек.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="139"/>
        <source>The clock is stopped waiting for the subject: resume it first.</source>
        <translation>Мерзім субъектінің жауабын күтіп тоқтатылған: алдымен оны жалғастырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="142"/>
        <source>A request with the status “{status}” cannot be extended.</source>
        <translation>«{status}» мәртебесіндегі өтініштің мерзімін ұзартуға болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="145"/>
        <source>Give a number of working days (at least 1) or a new due date.</source>
        <translation>Жұмыс күндерінің санын (кемінде 1) немесе жаңа мерзімді көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="148"/>
        <source>Must be at least {min}.</source>
        <translation>Кемінде {min} болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="149"/>
        <source>A whole number of working days from {low} to {high}.</source>
        <translation>Жұмыс күндерінің бүтін саны: ең азы {low}, ең көбі {high}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="152"/>
        <source>Choose a working day after the current due date ({due}).</source>
        <translation>Қазіргі мерзімнен ({due}) кейінгі жұмыс күнін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="155"/>
        <source>{value} is not a working day.</source>
        <translation>{value} — жұмыс күні емес.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="156"/>
        <source>{value} already has an override.</source>
        <translation>{value} күніне түзету бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="157"/>
        <source>{name} is empty.</source>
        <translation>{name} файлы бос.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="158"/>
        <source>{name} is {size_mb} MB; the limit is {limit_mb} MB.</source>
        <translation>{name} файлының көлемі {size_mb} МБ; шегі — {limit_mb} МБ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="161"/>
        <source>{name} is not a PDF, JPEG, PNG or TIFF scan.</source>
        <translation>{name} — PDF, JPEG, PNG немесе TIFF скан-көшірмесі емес.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="162"/>
        <source>{name} looks like {kind} but is damaged and cannot be opened.</source>
        <translation>{name} {kind} файлына ұқсайды, бірақ зақымдалған және ашылмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="165"/>
        <source>This scan was destroyed.</source>
        <translation>Бұл скан-көшірме жойылған.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="166"/>
        <source>This scan was destroyed already.</source>
        <translation>Бұл скан-көшірме бұрын жойылған.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="167"/>
        <source>The file is larger than {limit_mb} MB.</source>
        <translation>Файлдың көлемі шектен асады: ең көбі {limit_mb} МБ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="168"/>
        <source>The file cannot be read.</source>
        <translation>Файлды оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="169"/>
        <source>The database already holds operators; the demo needs an empty database.</source>
        <translation>Дерекқорда операторлар бар; демо нұсқаға бос дерекқор керек.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="9"/>
        <source>This kind of letter does not answer a request of type “{type}”.</source>
        <translation>Хаттың бұл түрі «{type}» түріндегі өтінішке жауап бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="12"/>
        <source>Link the request to the subject first: this letter speaks of the subject&apos;s record.</source>
        <translation>Алдымен өтінішті субъектімен байланыстырыңыз: бұл хатта субъект туралы мәліметтер баяндалады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="16"/>
        <source>The request has not been extended: extend it first, with a reason.</source>
        <translation>Өтініштің мерзімі ұзартылмаған: алдымен себебін көрсетіп, мерзімді ұзартыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="19"/>
        <source>The letter did not come in Russian: answer in Kazakh or in both languages (Law on Languages, art. 11).</source>
        <translation>Хат орыс тілінде келген жоқ: қазақ тілінде немесе екі тілде жауап беріңіз («Тіл туралы» Заңның 11-бабы).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="24"/>
        <source>Choose the ground of the refusal: Law 94-V, art. 8(2).</source>
        <translation>Бас тарту негізін таңдаңыз: № 94-V Заң, 8-баптың 2-тармағы.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="27"/>
        <source>“{category}” is retained: name the legal basis and the date it is kept until.</source>
        <translation>«{category}» деректері сақталады: құқықтық негізін және сақтау мерзімі аяқталатын күнді көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="31"/>
        <source>Fill in the blanks first: {blanks}.</source>
        <translation>Алдымен бос орындарды толтырыңыз: {blanks}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="32"/>
        <source>The letter has no text.</source>
        <translation>Хатта мәтін жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="33"/>
        <source>The operator profile names no signatory: fill it in under Settings.</source>
        <translation>Оператор профилінде қол қоюшы көрсетілмеген: оны «Баптаулар» бөлімінде толтырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="36"/>
        <source>A withdrawal of consent must be a signed written statement and this one is not signed: ask for one with a clarification letter.</source>
        <translation>Келісімді кері қайтарып алу туралы өтініш жазбаша нысанда және қол қойылған болуы тиіс, ал бұл өтінішке қол қойылмаған: нақтылау туралы сұрау хатымен қол қойылған өтінішті сұратыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="41"/>
        <source>The clock cannot be stopped: a request “{status}” cannot wait.</source>
        <translation>Мерзімді тоқтату мүмкін емес: «{status}» мәртебесіндегі өтініш күте алмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="44"/>
        <source>The request no longer exists (id {id}).</source>
        <translation>Өтініш енді жоқ (№ {id}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="47"/>
        <source>The letter no longer exists (id {id}).</source>
        <translation>Хат енді жоқ (№ {id}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="48"/>
        <source>A finalised letter is never changed; a correction is a new letter.</source>
        <translation>Түпкілікті ресімделген хат ешқашан өзгертілмейді; түзету жаңа хатпен жасалады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="51"/>
        <source>Letter {id} belongs to another request.</source>
        <translation>№ {id} хат басқа өтінішке тиесілі.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="54"/>
        <source>The letter is a draft: finalise it first.</source>
        <translation>Хат — жоба: алдымен оны түпкілікті ресімдеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="55"/>
        <source>The stored PDF does not match its SHA-256: it was altered after finalising.</source>
        <translation>Сақталған PDF файлы өзінің SHA-256 мәніне сәйкес келмейді: ол түпкілікті ресімделгеннен кейін өзгертілген.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="59"/>
        <source>syntax error: {detail}</source>
        <translation>синтаксистік қате: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="60"/>
        <source>unknown placeholder “{name}”: the letter&apos;s data has no such name</source>
        <translation>белгісіз толтырғыш «{name}»: хат деректерінде мұндай атау жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="63"/>
        <source>not allowed in a template ({detail})</source>
        <translation>үлгіде рұқсат етілмейді ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="64"/>
        <source>the template cannot make the letter: {detail}</source>
        <translation>үлгі бойынша хат жасау мүмкін емес: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="67"/>
        <source>the template calls itself without end</source>
        <translation>үлгі өзін-өзі шексіз шақырады</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="68"/>
        <source>the letter would be {length} characters; the limit is {limit}</source>
        <translation>хат {length} таңбадан тұрар еді; шегі — {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="71"/>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} — қалта: файл атауын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="72"/>
        <source>The folder {path} does not exist.</source>
        <translation>{path} қалтасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="73"/>
        <source>The file name ends in {suffix} but the format is {fmt}.</source>
        <translation>Файл атауы {suffix} деп аяқталады, бірақ пішімі — {fmt}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="78"/>
        <source>The request is “{status}” already.</source>
        <translation>Өтініш қазірдің өзінде «{status}» мәртебесінде.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="79"/>
        <source>A “{current}” request is final: it cannot become “{new}”.</source>
        <translation>«{current}» — соңғы мәртебе: өтінішті «{new}» мәртебесіне ауыстыруға болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="82"/>
        <source>A sent answer can only be closed; a correction is a new letter.</source>
        <translation>Жауабы жіберілген өтінішті тек жабуға болады; түзету жаңа хатпен жасалады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="85"/>
        <source>Only a request whose answer is ready can be sent.</source>
        <translation>Тек жауабы дайын өтінішті жіберуге болады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="88"/>
        <source>A request closes when its answer is sent: send the answer first.</source>
        <translation>Өтініш жауабы жіберілгенде жабылады: алдымен жауапты жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="91"/>
        <source>A request cannot go back to “Registered”.</source>
        <translation>Өтінішті «Тіркелді» мәртебесіне қайтаруға болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="94"/>
        <source>A “{current}” request cannot become “{new}”; it can become: {allowed}.</source>
        <translation>«{current}» мәртебесіндегі өтінішті «{new}» мәртебесіне ауыстыруға болмайды; ауыстыруға болатын мәртебелер: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="97"/>
        <source>Resume the clock first: the request is waiting for the subject.</source>
        <translation>Алдымен мерзімді жалғастырыңыз: өтініш субъектінің жауабын күтуде.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="100"/>
        <source>A “{status}” request is final.</source>
        <translation>«{status}» — соңғы мәртебе.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="101"/>
        <source>The clock is stopped already.</source>
        <translation>Мерзім әлдеқашан тоқтатылған.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="102"/>
        <source>A “{status}” request cannot wait for the subject.</source>
        <translation>«{status}» мәртебесіндегі өтініш субъектінің жауабын күте алмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="105"/>
        <source>The clock is running: nothing to resume.</source>
        <translation>Мерзім өтіп жатыр: жалғастыратын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="106"/>
        <source>A “{status}” request cannot be extended.</source>
        <translation>«{status}» мәртебесіндегі өтініштің мерзімін ұзартуға болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="107"/>
        <source>The clock is stopped: resume it before extending.</source>
        <translation>Мерзім тоқтатылған: ұзартпас бұрын оны жалғастырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="110"/>
        <source>No subject is linked to the request.</source>
        <translation>Өтінішпен ешбір субъект байланыстырылмаған.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="111"/>
        <source>The letter was received on {received}: the clock cannot stop before.</source>
        <translation>Хат {received} күні түсті: мерзімді одан бұрын тоқтатуға болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="114"/>
        <source>The clock stopped on {stopped_on}: it cannot resume before that.</source>
        <translation>Мерзім {stopped_on} күні тоқтатылды: оны одан бұрын жалғастыруға болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="117"/>
        <source>Say what the subject was asked to clarify or provide.</source>
        <translation>Субъектіден нені нақтылау немесе ұсыну сұралғанын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="120"/>
        <source>The new due date must be after the current one ({due}).</source>
        <translation>Жаңа мерзім қазіргі мерзімнен ({due}) кейін болуы тиіс.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="123"/>
        <source>Give the reason: it is recorded and told to the subject.</source>
        <translation>Себебін көрсетіңіз: ол тіркеледі және субъектіге хабарланады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="126"/>
        <source>The extension&apos;s reason was not recorded in this language ({language}), so the notice cannot print it: add it with “Add the Kazakh (Russian) reason…” among the case&apos;s actions, or make the notice in the language the reason was given in.</source>
        <translation>Ұзарту себебі бұл тілде ({language}) жазылмаған, сондықтан хабарлама оны баса алмайды: оны іс әрекеттеріндегі «Себебін қазақша (орысша) қосу…» арқылы қосыңыз немесе хабарламаны себеп жазылған тілде жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="132"/>
        <source>This request has no extension: there is no reason to complete.</source>
        <translation>Бұл сұрау ұзартылмаған: толықтыратын себеп жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="135"/>
        <source>This request is no longer in the database.</source>
        <translation>Бұл өтініш дерекқорда енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="10"/>
        <source>The database is in use by another program or user; nothing was saved. Try again in a moment.</source>
        <translation>Дерекқорды басқа бағдарлама немесе пайдаланушы пайдаланып отыр; ештеңе сақталған жоқ. Сәлден кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="15"/>
        <source>The database {database} cannot be written: the file or its folder is read-only.</source>
        <translation>{database} дерекқорына жазу мүмкін емес: файл немесе оның қалтасы тек оқуға арналған.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="19"/>
        <source>The database {database} could not be read or written ({error}); nothing was saved.</source>
        <translation>{database} дерекқорын оқу немесе оған жазу мүмкін болмады ({error}); ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="23"/>
        <source>The database {database} is damaged; restore it from a backup.</source>
        <translation>{database} дерекқоры зақымдалған; оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="26"/>
        <source>The disk holding the database {database} is full; nothing was saved.</source>
        <translation>{database} дерекқоры орналасқан дискіде бос орын қалмады; ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="29"/>
        <source>The database file {database} cannot be opened: check the folder.</source>
        <translation>{database} дерекқор файлын ашу мүмкін емес: қалтаны тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="32"/>
        <source>The file {database} is not a Derbes database.</source>
        <translation>{database} файлы Derbes дерекқоры емес.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="35"/>
        <source>The database did not answer within {seconds} seconds; the work was stopped and nothing was saved.</source>
        <translation>Дерекқор {seconds} секунд ішінде жауап бермеді; жұмыс тоқтатылды, ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="40"/>
        <source>Someone else changed the same records at the same moment; nothing was saved. Try again.</source>
        <translation>Дәл сол сәтте басқа біреу сол жазбаларды өзгертті; ештеңе сақталған жоқ. Қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="44"/>
        <source>The database server has no such database.

{detail}</source>
        <translation>Дерекқор серверінде мұндай дерекқор жоқ.

{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="47"/>
        <source>Cannot reach the database server {database}. Check that it runs and that this computer is connected.

{detail}</source>
        <translation>{database} дерекқор серверіне қосылу мүмкін емес. Сервердің жұмыс істеп тұрғанын және осы компьютердің желіге қосылғанын тексеріңіз.

{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="52"/>
        <source>The database server is out of resources (disk, memory or connections); nothing was saved. Try again later.</source>
        <translation>Дерекқор серверінің ресурстары (диск, жад немесе қосылымдар) таусылды; ештеңе сақталған жоқ. Кейінірек қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="57"/>
        <source>The database server {database} refused the user name or password.

{detail}</source>
        <translation>{database} дерекқор сервері пайдаланушы атын немесе құпиясөзді қабылдамады.

{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="61"/>
        <source>The database {database} was written by a newer version of Derbes. Install the newer Derbes to open it; the database was not changed.</source>
        <translation>{database} дерекқорын Derbes бағдарламасының жаңарақ нұсқасы жазған. Оны ашу үшін Derbes бағдарламасының жаңарақ нұсқасын орнатыңыз; дерекқор өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="66"/>
        <source>{database} already holds tables of another program ({tables}); choose another database.</source>
        <translation>{database} дерекқорында басқа бағдарламаның кестелері бар ({tables}); басқа дерекқорды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="70"/>
        <source>The backup at {path} failed its check and was removed; try again.</source>
        <translation>{path} сақтық көшірмесі тексеруден өтпей, жойылды; қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="73"/>
        <source>The file {path} does not exist.</source>
        <translation>{path} файлы жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="74"/>
        <source>Derbes has no permission to use {path}; choose another place.</source>
        <translation>Derbes бағдарламасының {path} пайдалануға рұқсаты жоқ; басқа орынды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="77"/>
        <source>There is not enough space on the disk for {path}.</source>
        <translation>Дискіде {path} үшін бос орын жеткіліксіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="80"/>
        <source>{path} is on a disk that cannot be written; choose another place.</source>
        <translation>{path} жазуға болмайтын дискіде орналасқан; басқа орынды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="83"/>
        <source>{path} already exists.</source>
        <translation>{path} бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="84"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} — файл емес, қалта.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="85"/>
        <source>A part of {path} is a file, not a folder.</source>
        <translation>{path} жолының бір бөлігі қалта емес, файл болып шықты.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="86"/>
        <source>{path} is in use by another program; close it and try again.</source>
        <translation>{path} басқа бағдарламада пайдаланылып жатыр; оны жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="89"/>
        <source>{path} could not be used ({error}).</source>
        <translation>{path} пайдалану мүмкін болмады ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="94"/>
        <source>{path} is the database itself; choose a new file for the backup.</source>
        <translation>{path} — дерекқордың өзі; сақтық көшірме үшін жаңа файл таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="97"/>
        <source>{path} already exists; a backup is only written to a new file.</source>
        <translation>{path} бұрыннан бар; сақтық көшірме тек жаңа файлға жазылады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="100"/>
        <source>{path} is a folder; choose the name of a new file.</source>
        <translation>{path} — қалта; жаңа файлдың атауын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="103"/>
        <source>{path} is not a Derbes backup.</source>
        <translation>{path} — Derbes сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="104"/>
        <source>The backup {path} is damaged; choose another backup.</source>
        <translation>{path} сақтық көшірмесі зақымдалған; басқа сақтық көшірмені таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="107"/>
        <source>The backup {path} was made by a newer version of Derbes; update Derbes to restore it.</source>
        <translation>{path} сақтық көшірмесін Derbes бағдарламасының жаңарақ нұсқасы жасаған; оны қалпына келтіру үшін Derbes бағдарламасын жаңартыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="111"/>
        <source>The audit log in the backup {path} does not verify ({problems} problems); it was not restored.</source>
        <translation>{path} сақтық көшірмесіндегі аудит журналы тексеруден өтпеді (ақаулар: {problems}); ол қалпына келтірілмеді.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="116"/>
        <source>{path} is the open database itself; choose a backup file.</source>
        <translation>{path} — ашық тұрған дерекқордың өзі; сақтық көшірме файлын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="119"/>
        <source>The database {database} already holds data; restore into an empty database or confirm replacing it.</source>
        <translation>{database} дерекқорында деректер бар; бос дерекқорға қалпына келтіріңіз немесе оны алмастыруды растаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="126"/>
        <source>Entry {entry} was edited: its content no longer matches its hash.</source>
        <translation>{entry} жазбасы өзгертілген: оның мазмұны енді хэшіне сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="129"/>
        <source>Entry {entry} does not follow the entry before it: that one was removed or rewritten.</source>
        <translation>{entry} жазбасы алдыңғы жазбаның жалғасы емес: ол жазба жойылған немесе қайта жазылған.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="133"/>
        <source>This is not the database whose audit log this computer recorded ({expected}); it is {found}.</source>
        <translation>Бұл — осы компьютер аудит журналын тіркеген дерекқор ({expected}) емес; бұл — {found}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="138"/>
        <source>The audit log is empty, but {expected} entries were recorded on this computer: the log was deleted.</source>
        <translation>Аудит журналы бос, бірақ осы компьютерде {expected} жазба тіркелген: журнал жойылған.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="143"/>
        <source>{expected} entries were recorded up to entry {head}, only {found} are left and the newest is {last}: the last entries were deleted.</source>
        <translation>{head} жазбасына дейін {expected} жазба тіркелген, тек {found} жазба қалған, ең соңғысы — {last}: соңғы жазбалар жойылған.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="148"/>
        <source>Entry {entry} no longer has the hash recorded on this computer: the log was rewritten and its chain recomputed.</source>
        <translation>{entry} жазбасының хэші осы компьютерде тіркелген хэшке енді сәйкес келмейді: журнал қайта жазылып, оның тізбегі қайта есептелген.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="153"/>
        <source>{expected} entries were recorded up to entry {head}, {found} are there.</source>
        <translation>{head} жазбасына дейін {expected} жазба тіркелген, ал қазір бары — {found}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="156"/>
        <source>Entries up to number {expected} were written, the newest left is {found}: the last entries were deleted.</source>
        <translation>{expected} нөміріне дейінгі жазбалар жазылған, қалғандарының ең соңғысы — {found}: соңғы жазбалар жойылған.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="161"/>
        <source>The audit log can only be added to; nothing in it may be changed or deleted.</source>
        <translation>Аудит журналына тек жазба қосуға болады; ондағы ештеңені өзгертуге немесе жоюға болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="166"/>
        <source>Contains an invisible direction control ({char}) that makes the text read in another order: remove it.</source>
        <translation>Мәтінді басқа ретпен оқытатын көрінбейтін бағыт басқару таңбасы ({char}) бар: оны алып тастаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="171"/>
        <source>Contains characters that could not be read as text: type them again.</source>
        <translation>Мәтін ретінде оқылмайтын таңбалар бар: оларды қайта теріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="174"/>
        <source>{path} is the database Derbes is using: choose another file.</source>
        <translation>{path} — Derbes пайдаланып отырған дерекқор: басқа файлды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="177"/>
        <source>{path} already exists; it was kept and nothing was written.</source>
        <translation>{path} бұрыннан бар; ол өзгеріссіз қалдырылды, ештеңе жазылмады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="180"/>
        <source>{path} is not an ordinary file: choose a file name.</source>
        <translation>{path} — кәдімгі файл емес: файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="183"/>
        <source>{path} would be larger than this system allows; nothing was written.</source>
        <translation>{path} бұл жүйеде рұқсат етілгеннен үлкен болар еді; ештеңе жазылмады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="186"/>
        <source>The letter cannot be laid out: the address, a name or a line of text is too long for a page. Shorten it.</source>
        <translation>Хатты беттеу мүмкін емес: мекенжай, аты-жөн немесе мәтін жолы бетке сыймайтындай ұзын. Оны қысқартыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="191"/>
        <source>The letter holds invisible control characters a Word document cannot carry: correct the request&apos;s fields, or save it as PDF.</source>
        <translation>Хатта Word құжатында болуы мүмкін емес көрінбейтін басқару таңбалары бар: өтініш өрістерін түзетіңіз немесе хатты PDF ретінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="196"/>
        <source>{url} is not a database: give a file or an address such as postgresql://user@host/derbes.</source>
        <translation>{url} — дерекқор емес: файлды немесе postgresql://user@host/derbes сияқты мекенжайды көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="200"/>
        <source>A database in memory keeps nothing: choose a file.</source>
        <translation>Жадтағы дерекқор ештеңе сақтамайды: файл таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="203"/>
        <source>{scheme} databases are not supported: use a file or PostgreSQL.</source>
        <translation>{scheme} дерекқорларына қолдау көрсетілмейді: файлды немесе PostgreSQL пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="206"/>
        <source>{database} does not exist.</source>
        <translation>{database} дерекқоры жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="207"/>
        <source>{database} is not a Derbes database; it was not changed.</source>
        <translation>{database} — Derbes дерекқоры емес; ол өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="212"/>
        <source>{by} changed this request at {at}, after you opened it. Reload it to see the change.</source>
        <translation>Сіз ашқаннан кейін {by} бұл өтінішті өзгертті ({at}). Өзгерісті көру үшін оны қайта жүктеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="216"/>
        <source>{by} changed this subject at {at}, after you opened it. Reload it to see the change.</source>
        <translation>Сіз ашқаннан кейін {by} бұл субъектіні өзгертті ({at}). Өзгерісті көру үшін оны қайта жүктеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="220"/>
        <source>Choose a SQLite file or a PostgreSQL server ({value} is neither).</source>
        <translation>SQLite файлын немесе PostgreSQL серверін таңдаңыз ({value} екеуі де емес).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="223"/>
        <source>Leave the password out of the address: it is kept in the system keyring.</source>
        <translation>Құпиясөзді мекенжайға жазбаңыз: ол жүйелік кілттер қоймасында сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="227"/>
        <source>This computer has no system keyring ({error}): the password will be asked for at each start.</source>
        <translation>Бұл компьютерде жүйелік кілттер қоймасы жоқ ({error}): құпиясөз әр іске қосылған сайын сұралады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="234"/>
        <source>There is no change of due dates to undo: it was undone already.</source>
        <translation>Кері қайтаратын мерзім өзгерісі жоқ: ол бұрын кері қайтарылған.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="237"/>
        <source>{value} has already passed: choose a new due date after today ({today}).</source>
        <translation>{value} өтіп кетті: бүгіннен ({today}) кейінгі жаңа мерзімді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="178"/>
        <source>An IIN has digits only; “{char}” is not a digit.</source>
        <translation>ЖСН тек цифрлардан тұрады; «{char}» — цифр емес.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="181"/>
        <source>An IIN has 12 digits; {given} typed.</source>
        <translation>ЖСН 12 цифрдан тұрады; енгізілгені — {given}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="182"/>
        <source>Not a valid IIN: no check digit exists for its first 11 digits.</source>
        <translation>ЖСН жарамсыз: алғашқы 11 цифры үшін бақылау цифры болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="185"/>
        <source>The check digit does not match: the last digit should be {expected}. Check the number against the letter.</source>
        <translation>Бақылау цифры сәйкес емес: соңғы цифр {expected} болуы керек. Нөмірді хатпен салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="189"/>
        <source>Enter the 12-digit BIN of the organisation.</source>
        <translation>Ұйымның 12 цифрлық БСН-ін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="192"/>
        <location filename="../../ui/problems/input.py" line="200"/>
        <source>A BIN has digits only; “{char}” is not a digit.</source>
        <translation>БСН тек цифрлардан тұрады; «{char}» — цифр емес.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="195"/>
        <location filename="../../ui/problems/input.py" line="203"/>
        <source>A BIN has 12 digits; {given} typed.</source>
        <translation>БСН 12 цифрдан тұрады; енгізілгені — {given}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="196"/>
        <location filename="../../ui/problems/input.py" line="204"/>
        <source>No valid BIN starts with these 11 digits: compare them with the registration certificate.</source>
        <translation>Осы 11 цифрдан басталатын жарамды БСН болмайды: оларды мемлекеттік тіркеу туралы анықтамамен салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="208"/>
        <source>Write the sender as on the letter.</source>
        <translation>Жіберушіні хатта көрсетілгендей жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="209"/>
        <source>The surname is required.</source>
        <translation>Тегі міндетті түрде көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="210"/>
        <source>The birth date {value} has not come yet: check the year.</source>
        <translation>Туған күні ({value}) әлі келмеген: жылын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="213"/>
        <source>This date already has an override: edit that one instead.</source>
        <translation>Бұл күнге түзету бар: соны өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="216"/>
        <source>Write the date as dd.mm.yyyy, for example 14.03.1985.</source>
        <translation>Күнді кк.аа.жжжж түрінде жазыңыз, мысалы: 14.03.1985.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="221"/>
        <source>Unknown ground “{value}”: choose one of {choices}.</source>
        <translation>Белгісіз негіз «{value}»: мыналардың бірін таңдаңыз: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="224"/>
        <source>Unknown outcome “{value}”: choose one of {choices}.</source>
        <translation>Белгісіз нәтиже «{value}»: мыналардың бірін таңдаңыз: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="229"/>
        <source>Write the note first.</source>
        <translation>Алдымен ескертпені жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="238"/>
        <source>Write the reason in Kazakh too: the extension notice in Kazakh prints it.</source>
        <translation>Себебін қазақша да жазыңыз: қазақ тіліндегі ұзарту туралы хабарламада ол басылады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="241"/>
        <source>Write the reason in Russian too: the extension notice in Russian prints it.</source>
        <translation>Себебін орысша да жазыңыз: орыс тіліндегі ұзарту туралы хабарламада ол басылады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="244"/>
        <source>Russian words in the Kazakh reason: {words}. Write it in Kazakh.</source>
        <translation>Қазақша себепте орыс сөздері бар: {words}. Оны қазақша жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="247"/>
        <source>Kazakh words in the Russian reason: {words}. Write it in Russian.</source>
        <translation>Орысша себепте қазақ сөздері бар: {words}. Оны орысша жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="252"/>
        <source>Write the ground in Kazakh too: the refusal in Kazakh prints it.</source>
        <translation>Негізді қазақша да жазыңыз: қазақша бас тарту хатында ол басылады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="255"/>
        <source>Write the ground in Russian too: the refusal in Russian prints it.</source>
        <translation>Негізді орысша да жазыңыз: орысша бас тарту хатында ол басылады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="258"/>
        <source>Write the note in Kazakh too: the act in Kazakh prints it.</source>
        <translation>Ескертпені қазақша да жазыңыз: қазақша актіде ол басылады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="261"/>
        <source>Write the note in Russian too: the act in Russian prints it.</source>
        <translation>Ескертпені орысша да жазыңыз: орысша актіде ол басылады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="269"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="270"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="271"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="273"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="274"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="275"/>
        <source>Received</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="276"/>
        <source>Postmark</source>
        <translation>Пошта мөртабаны</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="277"/>
        <source>Letter date</source>
        <translation>Хаттың күні</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="278"/>
        <source>Registered on</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="279"/>
        <source>Channel</source>
        <translation>Түсу тәсілі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="280"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="281"/>
        <source>Sender</source>
        <translation>Жіберуші</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="282"/>
        <location filename="../../ui/problems/input.py" line="350"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="283"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="284"/>
        <source>Assignee</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="285"/>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="286"/>
        <location filename="../../ui/problems/input.py" line="361"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="287"/>
        <source>Scan</source>
        <translation>Скан-көшірме</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="288"/>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="289"/>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="290"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="291"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="292"/>
        <source>Client&apos;s BIN</source>
        <translation>Клиенттің БСН-і</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="293"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="294"/>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="295"/>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="296"/>
        <source>Country</source>
        <translation>Елі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="297"/>
        <source>Number prefix</source>
        <translation>Нөмір префиксі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="298"/>
        <source>Incoming number pattern</source>
        <translation>Кіріс нөмірінің үлгісі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="299"/>
        <source>Outgoing number pattern</source>
        <translation>Шығыс нөмірінің үлгісі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="300"/>
        <source>Outgoing number pattern (Kazakh letters)</source>
        <translation>Шығыс нөмірінің үлгісі (қазақ тіліндегі хаттар)</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="303"/>
        <source>Address in Kazakh</source>
        <translation>Мекенжайы (қазақша)</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="304"/>
        <source>Address in Russian</source>
        <translation>Мекенжайы (орысша)</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="305"/>
        <source>Signatory&apos;s position in Kazakh</source>
        <translation>Қол қоюшының лауазымы (қазақша)</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="306"/>
        <source>Signatory&apos;s position in Russian</source>
        <translation>Қол қоюшының лауазымы (орысша)</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="307"/>
        <source>Title in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="308"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="309"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="310"/>
        <source>Reason in Kazakh</source>
        <translation>Себебі (қазақша)</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="311"/>
        <source>Reason in Russian</source>
        <translation>Себебі (орысша)</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="312"/>
        <source>Working days</source>
        <translation>Жұмыс күндері</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="313"/>
        <source>New due date</source>
        <translation>Жаңа мерзім</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="314"/>
        <source>Stopped on</source>
        <translation>Тоқтатылған күні</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="315"/>
        <source>Resumed on</source>
        <translation>Жалғастырылған күні</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="316"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="317"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="318"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="319"/>
        <source>Preset</source>
        <translation>Дайын баптау</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="320"/>
        <source>Calendar day</source>
        <translation>Күнтізбе күні</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="321"/>
        <location filename="../../ui/problems/input.py" line="358"/>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="322"/>
        <source>Tracking number</source>
        <translation>Трек-нөмір</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="325"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="326"/>
        <source>Signatory</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="327"/>
        <source>Signature</source>
        <translation>Қолы</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="328"/>
        <source>Ground of the refusal</source>
        <translation>Бас тарту негізі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="329"/>
        <source>What happened to the data</source>
        <translation>Деректермен не істелді</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="330"/>
        <source>Template</source>
        <translation>Үлгі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="331"/>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="332"/>
        <source>Format</source>
        <translation>Пішім</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="341"/>
        <source>Daily backups kept</source>
        <translation>Сақталатын күнделікті сақтық көшірмелер</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="342"/>
        <source>Weekly backups kept</source>
        <translation>Сақталатын апталық сақтық көшірмелер</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="345"/>
        <source>Output file</source>
        <translation>Нәтиже файлы</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="346"/>
        <source>Counted from</source>
        <translation>Есептеу басталатын күн</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="347"/>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="348"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="349"/>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="351"/>
        <source>Account</source>
        <translation>Есептік жазбасы</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="352"/>
        <source>Client organisation</source>
        <translation>Клиент ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="355"/>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="356"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="357"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="359"/>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="360"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="364"/>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../ui/problems/__init__.py" line="76"/>
        <source>Not accepted ({code}).</source>
        <translation>Қабылданбады ({code}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/__init__.py" line="99"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="9"/>
        <source>Row {row}: the {language} text is missing.</source>
        <translation>{row}-жол: {language} тіліндегі мәтін жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="12"/>
        <source>Row {row}: give the legal basis for keeping the data ({language}).</source>
        <translation>{row}-жол: деректерді сақтаудың құқықтық негізін көрсетіңіз ({language}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="15"/>
        <source>Row {row}: give the retention period in years or months.</source>
        <translation>{row}-жол: сақтау мерзімін жылмен немесе аймен көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="18"/>
        <source>Row {row}: “{value}” is not a two-letter country code (KZ, RU, DE…).</source>
        <translation>{row}-жол: «{value}» — екі әріпті ел коды емес (KZ, RU, DE…).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="21"/>
        <source>The statement is not signed: only a signed written statement withdraws consent.</source>
        <translation>Өтінішке қол қойылмаған: келісім тек қол қойылған жазбаша өтінішпен кері қайтарып алынады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="25"/>
        <source>Check first whether the statement is signed.</source>
        <translation>Алдымен өтінішке қол қойылғанын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="28"/>
        <source>The IIN or the name on the letter does not match the record: clarify it with the subject or link the right record.</source>
        <translation>Хаттағы ЖСН немесе аты-жөні жазбаға сәйкес келмейді: субъектіден нақтылаңыз немесе дұрыс жазбаны байланыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="33"/>
        <source>Compare the IIN and the name on the letter with the record first.</source>
        <translation>Алдымен хаттағы ЖСН мен аты-жөнін жазбамен салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="36"/>
        <source>Say which law or which unfulfilled obligation stops the withdrawal.</source>
        <translation>Кері қайтарып алуға қандай заң немесе қандай орындалмаған міндеттеме кедергі келтіретінін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="39"/>
        <source>The ground in detail was not recorded in this language ({language}): the refusal cannot print it. Record it in this language on the Withdrawal tab (Decision).</source>
        <translation>Толық негіз бұл тілде ({language}) жазылмаған: бас тарту хаты оны баса алмайды. Оны бұл тілде «Кері қайтарып алу» қойындысында (Шешім) жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="44"/>
        <source>A system&apos;s note was not recorded in this language ({language}): the act cannot print it. Record it in this language on the Withdrawal tab (Systems).</source>
        <translation>Жүйе туралы ескертпе бұл тілде ({language}) жазылмаған: акт оны баса алмайды. Оны бұл тілде «Кері қайтарып алу» қойындысында (Жүйелер) жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="49"/>
        <source>Processing cannot stop after the answer ({answered}).</source>
        <translation>Өңдеу жауаптан кейін ({answered}) тоқтатыла алмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="52"/>
        <source>Choose what happened to this category: destroyed, anonymised or retained.</source>
        <translation>Осы санатпен не істелгенін таңдаңыз: жойылды, иесіздендірілді немесе сақталды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="55"/>
        <source>Give the legal basis for keeping the data ({language}).</source>
        <translation>Деректерді сақтаудың құқықтық негізін көрсетіңіз ({language}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="58"/>
        <source>The data must be kept until a day after {date}.</source>
        <translation>Деректер {date} күнінен кейінгі күнге дейін сақталуы тиіс.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="61"/>
        <source>Give the place the act was drawn up ({language}).</source>
        <translation>Актінің жасалған жерін көрсетіңіз ({language}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="64"/>
        <source>Name at least one person who carried out the destruction.</source>
        <translation>Жоюды жүргізген кемінде бір адамды көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="67"/>
        <source>Member {row}: give the position ({language}).</source>
        <translation>{row}-мүше: лауазымын көрсетіңіз ({language}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="70"/>
        <source>Name the person who approves the act.</source>
        <translation>Актіні бекітетін адамды көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="71"/>
        <source>The checks and the decision on this withdrawal are not recorded yet: record them on the Withdrawal tab first.</source>
        <translation>Осы кері қайтарып алу бойынша тексерулер мен шешім әлі жазылмаған: алдымен оларды «Кері қайтарып алу» қойындысында жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="76"/>
        <source>No refusal is recorded: record the decision and its ground first.</source>
        <translation>Бас тарту жазылмаған: алдымен шешімді және оның негізін жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="79"/>
        <source>The withdrawal is not accepted yet: record the decision first.</source>
        <translation>Кері қайтарып алу әлі қабылданбаған: алдымен шешімді жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="82"/>
        <source>Record the day processing stopped first.</source>
        <translation>Алдымен өңдеу тоқтатылған күнді жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="83"/>
        <source>Systems not yet cleaned: {count} (the first: {first}).</source>
        <translation>Әлі тазартылмаған жүйелер: {count} (біріншісі: {first}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="86"/>
        <source>Data categories without an outcome: {count} (the first: {first}).</source>
        <translation>Нәтижесі жоқ деректер санаттары: {count} (біріншісі: {first}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="89"/>
        <source>Finalise the destruction act before the confirmation.</source>
        <translation>Растаудан бұрын жою актісін түпкілікті ресімдеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="92"/>
        <source>A record cannot be merged into itself.</source>
        <translation>Жазбаны өзімен біріктіруге болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="93"/>
        <source>This record was already merged into another one.</source>
        <translation>Бұл жазба басқа жазбамен бұрын біріктірілген.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="96"/>
        <source>The two records belong to different operators.</source>
        <translation>Екі жазба әртүрлі операторларға тиесілі.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="101"/>
        <source>The letter and the record differ: say in the note why it is the same person, or record a mismatch.</source>
        <translation>Хат пен жазба сәйкес емес: ескертпеде неліктен бұл сол адам екенін көрсетіңіз немесе сәйкессіздікті жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="106"/>
        <source>No subject is linked, so there is no record to match: link it first.</source>
        <translation>Субъект байланыстырылмаған, салыстыратын жазба жоқ: алдымен оны байланыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="109"/>
        <source>Link the subject&apos;s record first: its status changes when the confirmation is sent.</source>
        <translation>Алдымен субъектінің жазбасын байланыстырыңыз: растау жіберілгенде оның мәртебесі өзгереді.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="113"/>
        <source>The answer to this withdrawal is finalised: nothing more can be recorded.</source>
        <translation>Осы кері қайтарып алуға жауап түпкілікті ресімделді: бұдан әрі ештеңе жазуға болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="116"/>
        <source>Accept the withdrawal first: a refused or undecided one has nothing to destroy.</source>
        <translation>Алдымен кері қайтарып алуды қабылдаңыз: бас тартылған немесе шешілмеген жағдайда жоятын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="120"/>
        <source>The destruction act is finalised: what it states can no longer change.</source>
        <translation>Жою актісі түпкілікті ресімделді: онда көрсетілгенді енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="123"/>
        <source>This type of request has no withdrawal workflow.</source>
        <translation>Өтініштің бұл түрінде кері қайтарып алу рәсімі жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="126"/>
        <source>This line is not part of this withdrawal.</source>
        <translation>Бұл жол осы кері қайтарып алуға жатпайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="127"/>
        <source>This consent is not one of the linked subject&apos;s.</source>
        <translation>Бұл келісім байланыстырылған субъектіге тиесілі емес.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="130"/>
        <source>Finalise the answer first: the subject receives the letter that states what was recorded.</source>
        <translation>Алдымен жауапты түпкілікті ресімдеңіз: субъект жазылғанды баяндайтын хатты алады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="136"/>
        <source>The operator&apos;s data map lists none yet, and the access response lists them: fill in the map in Settings › Operators.</source>
        <translation>Оператордың деректер картасында әлі ештеңе көрсетілмеген, ал мәліметтер беру туралы жауап оларды тізбелейді: картаны «Баптаулар › Операторлар» бөлімінде толтырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="145"/>
        <source>This record is anonymised: nothing can be merged with it.</source>
        <translation>Бұл жазба иесіздендірілген: онымен ештеңені біріктіруге болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="148"/>
        <source>The two records have different IINs: they are two people, not one.</source>
        <translation>Екі жазбаның ЖСН-і әртүрлі: бұл бір адам емес, екі адам.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="151"/>
        <source>This status is set by merging or purging records, not by hand.</source>
        <translation>Бұл мәртебе қолмен емес, жазбаларды біріктіру немесе тазарту арқылы қойылады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="160"/>
        <source>Data categories</source>
        <translation>Деректер санаттары</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="161"/>
        <source>Purposes</source>
        <translation>Мақсаттар</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="162"/>
        <source>Methods of processing</source>
        <translation>Өңдеу тәсілдері</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="163"/>
        <source>Sources</source>
        <translation>Көздер</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="164"/>
        <source>Recipients</source>
        <translation>Алушылар</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="165"/>
        <source>Systems</source>
        <translation>Жүйелер</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="166"/>
        <source>Retention</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="167"/>
        <source>Withdrawal</source>
        <translation>Кері қайтарып алу</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="168"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="169"/>
        <source>Ground in detail</source>
        <translation>Негіздің толық сипаттамасы</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="170"/>
        <source>Ground in detail in Kazakh</source>
        <translation>Қазақша толық негіз</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="171"/>
        <source>Ground in detail in Russian</source>
        <translation>Орысша толық негіз</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="172"/>
        <source>Note in Kazakh</source>
        <translation>Қазақша ескертпе</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="173"/>
        <source>Note in Russian</source>
        <translation>Орысша ескертпе</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="174"/>
        <source>Identity</source>
        <translation>Жеке басы</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="175"/>
        <source>Processing stopped on</source>
        <translation>Өңдеу тоқтатылған күн</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="176"/>
        <source>Done on</source>
        <translation>Орындалған күн</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="177"/>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="178"/>
        <source>Outcomes</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="179"/>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="180"/>
        <source>Kept until</source>
        <translation>Сақталу мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="181"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="182"/>
        <source>Members</source>
        <translation>Мүшелер</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="183"/>
        <source>Approved by</source>
        <translation>Бекіткен</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="184"/>
        <source>Destruction act</source>
        <translation>Жою актісі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="185"/>
        <source>Record kept</source>
        <translation>Сақталатын жазба</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="186"/>
        <source>Record merged</source>
        <translation>Біріктірілетін жазба</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="189"/>
        <source>Note on the identity</source>
        <translation>Жеке басы туралы ескертпе</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="190"/>
        <source>Consents</source>
        <translation>Келісімдер</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="195"/>
        <source>Destruction act number pattern</source>
        <translation>Жою актісі нөмірінің үлгісі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="9"/>
        <source>A letter sent this way has no tracking number: leave the field empty.</source>
        <translation>Бұлай жіберілген хаттың трек-нөмірі болмайды: өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="12"/>
        <source>“{value}” is not a UPU S10 number (2 letters, 9 digits, 2 letters, with a valid check digit). Keep it only if it is exactly what the receipt says.</source>
        <translation>«{value}» UPU S10 нөмірі емес (2 әріп, 9 цифр, 2 әріп, бақылау цифры дұрыс). Түбіртекте дәл осылай жазылған болса ғана сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="17"/>
        <source>A letter cannot be sent before its own date ({letter_date}).</source>
        <translation>Хатты өз күнінен ({letter_date}) бұрын жіберуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="20"/>
        <source>The letter has not been dispatched yet.</source>
        <translation>Хат әлі жіберілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="21"/>
        <source>Cannot be before the letter was sent ({sent_on}).</source>
        <translation>Хат жіберілген күннен ({sent_on}) бұрын болуы мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="24"/>
        <source>Only a final letter (numbered, its PDF kept) can be dispatched.</source>
        <translation>Тек түпкілікті хатты (нөмірленген, PDF сақталған) жіберуге болады.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="27"/>
        <source>This is an internal document of the case: it is not sent.</source>
        <translation>Бұл істің ішкі құжаты: ол жіберілмейді.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="30"/>
        <source>Letter {number} was already dispatched on {sent_on}.</source>
        <translation>№ {number} хат {sent_on} жіберіліп қойған.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="33"/>
        <source>Letter {number} was already delivered on {on}.</source>
        <translation>№ {number} хат {on} табыс етіліп қойған.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="36"/>
        <source>Letter {number} was already returned on {on}.</source>
        <translation>№ {number} хат {on} қайтарылып қойған.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="39"/>
        <source>The request waits for the subject (the clock is stopped): resume the clock before its answer is sent.</source>
        <translation>Өтініш субъектінің жауабын күтуде (мерзім тоқтатылған): жауап жібермес бұрын мерзімді қайта жалғастырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="44"/>
        <source>Choose at least one letter.</source>
        <translation>Кемінде бір хатты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="45"/>
        <source>No final letter is numbered {number}.</source>
        <translation>№ {number} түпкілікті хат жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="46"/>
        <source>The letter is no longer there.</source>
        <translation>Хат енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="51"/>
        <source>Method</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="52"/>
        <source>Sent on</source>
        <translation>Жіберілген күні</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="53"/>
        <source>Delivered on</source>
        <translation>Табыс етілген күні</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="54"/>
        <source>Returned on</source>
        <translation>Қайтарылған күні</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="55"/>
        <source>Weight</source>
        <translation>Салмағы</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="56"/>
        <source>Outgoing number</source>
        <translation>Шығыс нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="57"/>
        <source>Days to wait for a delivery notice</source>
        <translation>Табыс ету хабарламасын күту күндері</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="58"/>
        <source>Envelope size</source>
        <translation>Конверт өлшемі</translation>
    </message>
    <message>
        <location filename="../../ui/problems/reports.py" line="9"/>
        <source>The period cannot end before it starts ({start}).</source>
        <translation>Кезең басталған күнінен ({start}) бұрын аяқтала алмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/reports.py" line="12"/>
        <source>“{value}” is not a report format: choose PDF or XLSX.</source>
        <translation>«{value}» — есеп пішімі емес: PDF немесе XLSX таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/reports.py" line="15"/>
        <source>“{value}” is not a language of reports: choose Kazakh, Russian or English.</source>
        <translation>«{value}» — есеп тілі емес: қазақ, орыс немесе ағылшын тілін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/reports.py" line="22"/>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location filename="../../ui/problems/registers.py" line="9"/>
        <source>There is no register “{kind}” (incoming or outgoing).</source>
        <translation>«{kind}» деген тізілім жоқ (кіріс немесе шығыс).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/registers.py" line="12"/>
        <source>A register is written in Kazakh, Russian or English, not “{language}”.</source>
        <translation>Тізілім қазақ, орыс немесе ағылшын тілінде жасалады, «{language}» тілінде емес.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/registers.py" line="15"/>
        <source>The register has no column “{column}”.</source>
        <translation>Тізілімде «{column}» бағаны жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/registers.py" line="18"/>
        <source>Save the register as .xlsx, .csv or .pdf, not “{suffix}”.</source>
        <translation>Тізілімді .xlsx, .csv немесе .pdf ретінде сақтаңыз, «{suffix}» емес.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/registers.py" line="21"/>
        <source>The outgoing register is filtered only by operator and search.</source>
        <translation>Шығыс хаттар тізілімі тек оператор мен іздеу бойынша сүзіледі.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/subject_import.py" line="9"/>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>«{value}» күн емес (ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ пішімін қолданыңыз).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/subject_import.py" line="12"/>
        <source>This IIN is already on line {line}.</source>
        <translation>Бұл ЖСН {line}-жолда бар.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/subject_import.py" line="13"/>
        <source>Line {line}: {reason}</source>
        <translation>{line}-жол: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/problems/subject_import.py" line="14"/>
        <source>No column is mapped to the field “{field}”.</source>
        <translation>«{field}» өрісіне ешбір баған сәйкестендірілмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/subject_import.py" line="17"/>
        <source>The file cannot be read as {encoding}.</source>
        <translation>Файлды {encoding} кодтауымен оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/ocr.py" line="9"/>
        <source>Scans cannot be read: Tesseract OCR is not installed ({program} cannot be run). Register the letter by hand, or install Tesseract with the Kazakh and Russian language data (Windows: the UB-Mannheim installer; Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus).</source>
        <translation>Сканерленген хаттарды оқу мүмкін емес: Tesseract OCR орнатылмаған ({program} іске қосылмайды). Хатты қолмен тіркеңіз немесе Tesseract-ты қазақ және орыс тілдерінің деректерімен орнатыңыз (Windows: UB-Mannheim орнатушысы; Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/ocr.py" line="16"/>
        <source>Scans cannot be read: Tesseract lacks the language data {missing} (it has {installed}). Windows: run the UB-Mannheim installer again and tick Kazakh and Russian; Debian/Ubuntu: apt-get install tesseract-ocr-kaz tesseract-ocr-rus.</source>
        <translation>Сканерленген хаттарды оқу мүмкін емес: Tesseract-та {missing} тілдік деректері жоқ (бары: {installed}). Windows: UB-Mannheim орнатушысын қайта іске қосып, қазақ және орыс тілдерін белгілеңіз; Debian/Ubuntu: apt-get install tesseract-ocr-kaz tesseract-ocr-rus.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/ocr.py" line="22"/>
        <source>Tesseract could not read page {page} ({detail}).</source>
        <translation>Tesseract {page}-бетті оқи алмады ({detail}).</translation>
    </message>
</context>
<context>
    <name>PurgePage</name>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="48"/>
        <source>Retention &amp;purge</source>
        <translation>Мерзімі өткен деректерді &amp;тазарту</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="61"/>
        <source>Data a finished withdrawal kept under a legal basis is purged once the date it was kept until has passed. The list below is a preview: nothing changes until you purge. A record of which nothing is retained any more is anonymised: its name, IIN, contacts and address, and the text and scans of its letters, are erased; the letters&apos; numbers, dates and checksums stay.</source>
        <translation>Аяқталған кері қайтарып алу бойынша заңды негізде сақталған деректер сақтау мерзімі өткен соң тазартылады. Төмендегі тізім алдын ала қарауға арналған: тазартуды іске қоспайынша ештеңе өзгермейді. Ештеңесі сақталмайтын жазба иесіздендіріледі: оның аты-жөні, ЖСН-і, байланыс деректері мен мекенжайы, хаттарының мәтіні мен сканерлері өшіріледі; хаттардың нөмірлері, күндері мен бақылау сомалары қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="79"/>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="80"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="81"/>
        <source>Data categories</source>
        <translation>Деректер санаттары</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="82"/>
        <source>Kept until</source>
        <translation>Сақтау мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="83"/>
        <source>After the purge</source>
        <translation>Тазартудан кейін</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="98"/>
        <source>Pre&amp;view again</source>
        <translation>Қайта &amp;қарау</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="100"/>
        <source>P&amp;urge…</source>
        <translation>Та&amp;зарту…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="103"/>
        <source>&amp;Stop</source>
        <translation>То&amp;қтату</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="130"/>
        <source>Looking for data past its retention date…</source>
        <translation>Сақтау мерзімі өткен деректер ізделуде…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="140"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="157"/>
        <source>Past their retention date: {0} data categories of {1} subjects. Records to be anonymised: {2}.</source>
        <translation>Сақтау мерзімі өткен: {1} субъектінің {0} деректер санаты. Иесіздендірілетін жазбалар: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="163"/>
        <source>Nothing is past its retention date today: there is nothing to purge.</source>
        <translation>Бүгін сақтау мерзімі өткен деректер жоқ: тазартатын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="169"/>
        <source>The record is anonymised</source>
        <translation>Жазба иесіздендіріледі</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="171"/>
        <source>Kept: other data is retained until {0}</source>
        <translation>Қалдырылады: басқа деректер {0} дейін сақталады</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="175"/>
        <source>Kept: the subject is active again</source>
        <translation>Қалдырылады: субъект қайтадан белсенді</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="177"/>
        <source>Kept: a letter of theirs is still being worked</source>
        <translation>Қалдырылады: оның өтініші әлі қаралуда</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="178"/>
        <source>Already anonymised or merged</source>
        <translation>Бұрын иесіздендірілген немесе біріктірілген</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="200"/>
        <source>Purge the {0} data categories past their retention date?

Records to be anonymised for good: {1}. Their names, IIN, contacts and address, and the text and scans of their letters, cannot be brought back. The purge is recorded in the audit log.</source>
        <translation>Сақтау мерзімі өткен {0} деректер санаты тазартылсын ба?

Біржола иесіздендірілетін жазбалар: {1}. Олардың аты-жөнін, ЖСН-ін, байланыс деректері мен мекенжайын, хаттарының мәтіні мен сканерлерін қалпына келтіру мүмкін болмайды. Тазарту аудит журналына жазылады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="207"/>
        <source>Retention purge</source>
        <translation>Мерзімі өткен деректерді тазарту</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="213"/>
        <source>&amp;Purge</source>
        <translation>&amp;Тазарту</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="255"/>
        <source>Purged: {0} data categories of {1} subjects. Records anonymised: {2}.</source>
        <translation>Тазартылды: {1} субъектінің {0} деректер санаты. Иесіздендірілген жазбалар: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="258"/>
        <source>Stopped. What was purged by then stays purged.</source>
        <translation>Тоқтатылды. Оған дейін тазартылғаны тазартылған күйінде қалады.</translation>
    </message>
</context>
<context>
    <name>RegisterChip</name>
    <message>
        <location filename="../../ui/screens/register_chip.py" line="20"/>
        <source>Answers to print</source>
        <translation>Басып шығарылатын жауаптар</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_chip.py" line="21"/>
        <source>Letters to post</source>
        <translation>Поштаға жіберілетін хаттар</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_chip.py" line="22"/>
        <source>Awaiting a delivery notice</source>
        <translation>Табыс ету хабарламасы күтілуде</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_chip.py" line="45"/>
        <source>Drop this filter</source>
        <translation>Бұл сүзгіні алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_chip.py" line="56"/>
        <source>Due on {0}</source>
        <translation>Орындау мерзімі: {0}</translation>
    </message>
</context>
<context>
    <name>RegisterLetterDialog</name>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="118"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="119"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="120"/>
        <source>Received</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="121"/>
        <source>Postmark</source>
        <translation>Пошта мөртабаны</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="122"/>
        <source>Letter date</source>
        <translation>Хаттың күні</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="123"/>
        <source>Registered on</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="124"/>
        <source>Channel</source>
        <translation>Түсу тәсілі</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="125"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="126"/>
        <location filename="../../ui/dialogs/register_letter.py" line="127"/>
        <source>Sender</source>
        <translation>Жіберуші</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="128"/>
        <source>Assignee</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="129"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="130"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="131"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="132"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="133"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="134"/>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="135"/>
        <location filename="../../../forms/register_letter.ui" line="408"/>
        <source>Scans</source>
        <translation>Скан-көшірмелер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="188"/>
        <location filename="../../ui/dialogs/register_letter.py" line="393"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="289"/>
        <source>No operator profile yet</source>
        <translation>Әзірге оператор профилі жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="381"/>
        <source>Registering the letter…</source>
        <translation>Хат тіркелуде…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="384"/>
        <source>To register: {0} — {1}</source>
        <translation>Тіркеу үшін: {0} — {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/register_letter.py" line="388"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(тағы %n)</numerusform>
            <numerusform>(тағы %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="391"/>
        <source>Checking the scans…</source>
        <translation>Скан-көшірмелер тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="395"/>
        <source>Ready: Enter or Ctrl+Enter registers the letter and gives its number.</source>
        <translation>Дайын: Enter немесе Ctrl+Enter хатты тіркеп, оған нөмір береді.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="477"/>
        <source>Link to a subject with another IIN?</source>
        <translation>Басқа ЖСН-і бар субъектімен байланыстыру керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="478"/>
        <source>Link the letter to {0}?</source>
        <translation>Хат {0} субъектісімен байланыстырылсын ба?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="485"/>
        <source>The letter gives the IIN {0}, but {1} has the IIN {2}. Link only if you are sure they are the same person.</source>
        <translation>Хатта {0} ЖСН-і көрсетілген, бірақ {1} субъектісінің ЖСН-і — {2}. Бұл бір адам екеніне сенімді болсаңыз ғана байланыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="489"/>
        <source>&amp;Link anyway</source>
        <translation>Бәрібір &amp;байланыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="490"/>
        <source>&amp;Go back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="525"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="524"/>
        <source>Not registered. {0}</source>
        <translation>Тіркелмеді. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="532"/>
        <source>The letter was not registered</source>
        <translation>Хат тіркелмеді</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="545"/>
        <location filename="../../ui/dialogs/register_letter.py" line="546"/>
        <source>Discard this letter?</source>
        <translation>Бұл хатты тіркеуден бас тартасыз ба?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="551"/>
        <source>What you typed has not been registered yet.</source>
        <translation>Енгізген мәліметтеріңіз әлі тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="552"/>
        <source>&amp;Discard</source>
        <translation>&amp;Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="553"/>
        <source>&amp;Keep editing</source>
        <translation>Өңдеуді &amp;жалғастыру</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="9"/>
        <source>Register a letter</source>
        <translation>Хатты тіркеу</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="25"/>
        <source>The letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="33"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="39"/>
        <source>The organisation the letter is addressed to; numbering follows its pattern</source>
        <translation>Хат жолданған ұйым; нөмірлеу оның үлгісі бойынша жүргізіледі</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="44"/>
        <source>&amp;Type:</source>
        <translation>Тү&amp;рі:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="50"/>
        <source>What the subject asks for; the type sets the response term</source>
        <translation>Субъект не сұрайды; жауап беру мерзімі түріне байланысты</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="55"/>
        <source>&amp;Received:</source>
        <translation>Тү&amp;скен күні:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="68"/>
        <source>The day the letter reached the operator (day 0 of the term)</source>
        <translation>Хаттың операторға түскен күні (мерзімнің 0-күні)</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="82"/>
        <source>Tick when the envelope shows the date it was posted</source>
        <translation>Конвертте жөнелтілген күні көрсетілсе, белгілеңіз</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="84"/>
        <source>Post&amp;mark:</source>
        <translation>Пошта &amp;мөртабаны:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="97"/>
        <source>The date stamped on the envelope by the post office</source>
        <translation>Пошта бөлімшесі конвертке басқан мөртабандағы күн</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="111"/>
        <source>Tick when the letter itself is dated</source>
        <translation>Хаттың өзінде күні жазылса, белгілеңіз</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="113"/>
        <source>Letter d&amp;ate:</source>
        <translation>Хаттың &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="126"/>
        <source>The date the sender wrote on the letter (not the postmark)</source>
        <translation>Жіберуші хатқа жазған күн (пошта мөртабаны емес)</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="140"/>
        <source>Re&amp;gistered on:</source>
        <translation>Тіркел&amp;ген күні:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="153"/>
        <source>The day the letter is entered in the register (today unless entered late)</source>
        <translation>Хаттың тізілімге енгізілген күні (кешіктіріліп енгізілмесе — бүгін)</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="167"/>
        <source>C&amp;hannel:</source>
        <translation>Түсу т&amp;әсілі:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="176"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="182"/>
        <source>The language the letter is written in; the answer defaults to it</source>
        <translation>Хат жазылған тіл; жауап әдепкі бойынша осы тілде жазылады</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="187"/>
        <source>A consent withdrawal must be a signed written statement</source>
        <translation>Келісімді кері қайтарып алу туралы өтініш жазбаша нысанда және қол қойылған болуы тиіс</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="188"/>
        <source>&amp;Signed by hand</source>
        <translation>Қолмен қол &amp;қойылған</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="193"/>
        <source>S&amp;ender as written:</source>
        <translation>&amp;Жіберуші (хаттағыдай):</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="200"/>
        <source>Surname, name and patronymic exactly as signed</source>
        <translation>Тегі, аты және әкесінің аты — қол қойылғандағыдай</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="210"/>
        <source>Sender&apos;s a&amp;ddress:</source>
        <translation>Жіберушінің ме&amp;кенжайы:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="219"/>
        <source>Postal address for the answer, several lines</source>
        <translation>Жауап жіберілетін пошталық мекенжай, бірнеше жол</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="224"/>
        <source>Summar&amp;y:</source>
        <translation>Қысқаша ма&amp;змұны:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="233"/>
        <source>What the subject asks, in a sentence or two</source>
        <translation>Субъект не сұрайды — бір-екі сөйлеммен</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="238"/>
        <source>Assig&amp;nee:</source>
        <translation>Орын&amp;даушы:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="245"/>
        <source>Who works on the letter (optional)</source>
        <translation>Хатты кім орындайды (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="256"/>
        <source>The subject who wrote</source>
        <translation>Хат жазған субъект</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="267"/>
        <source>&amp;IIN:</source>
        <translation>ЖС&amp;Н:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="278"/>
        <source>The subject&apos;s 12-digit IIN if the letter gives it; checked by its check digit</source>
        <translation>Хатта көрсетілсе — субъектінің 12 цифрлық ЖСН-і; бақылау цифры бойынша тексеріледі</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="279"/>
        <source>12 digits, if the letter gives it</source>
        <translation>12 цифр, хатта көрсетілсе</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="291"/>
        <source>&amp;Find:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="297"/>
        <source>Search the operator&apos;s subjects by name in Kazakh, Russian or Latin spelling, or by IIN. Empty: the sender and the IIN above are searched.</source>
        <translation>Оператордың субъектілерін қазақша, орысша немесе латынша жазылған аты-жөні не ЖСН бойынша іздеу. Бос болса — жоғарыдағы жіберуші мен ЖСН бойынша ізделеді.</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="298"/>
        <source>Another name or IIN (empty: the sender and the IIN are searched)</source>
        <translation>Басқа аты-жөн немесе ЖСН (бос болса — жіберуші мен ЖСН бойынша ізделеді)</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="322"/>
        <source>Lin&amp;k to the subject selected above</source>
        <translation>Жоғарыда таңдалған субъектімен &amp;байланыстыру</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="327"/>
        <source>Create a new su&amp;bject from this letter</source>
        <translation>Осы хат бойынша жаңа субъект құр&amp;у</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="333"/>
        <source>The new subject&apos;s contacts (an existing subject&apos;s contacts are changed in its card)</source>
        <translation>Жаңа субъектінің байланыс деректері (бар субъектінің байланыс деректері оның карточкасында өзгертіледі)</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="341"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="352"/>
        <source>E-mail:</source>
        <translation>Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="366"/>
        <source>Leave &amp;unlinked for now</source>
        <translation>Әзірге байланыстырмай қ&amp;алдыру</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="375"/>
        <source>Due date</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="393"/>
        <source>The receipt day, day 1, every non-working day skipped and why, and the term with its basis</source>
        <translation>Түскен күн, 1-күн, өткізіп жіберілген әр жұмыс емес күн және оның себебі, сондай-ақ мерзім мен оның негіздемесі</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="394"/>
        <source>How was this &amp;counted?</source>
        <translation>Қалай &amp;есептелді?</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="431"/>
        <source>Register the letter (Enter or Ctrl+Enter)</source>
        <translation>Хатты тіркеу (Enter немесе Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="432"/>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="438"/>
        <source>Close without registering (Esc)</source>
        <translation>Тіркемей жабу (Esc)</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="439"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>RegisterOutput</name>
    <message>
        <location filename="../../ui/register_output.py" line="82"/>
        <source>Export the register</source>
        <translation>Тізілімді экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="88"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="89"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel үшін CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="90"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="97"/>
        <source>incoming-register</source>
        <translation>кіріс-тізілім</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="97"/>
        <source>outgoing-register</source>
        <translation>шығыс-тізілім</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="108"/>
        <source>Exporting the register…</source>
        <translation>Тізілім экспортталуда…</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="114"/>
        <source>Register saved: {0} ({1} rows)</source>
        <translation>Тізілім сақталды: {0} ({1} жол)</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="134"/>
        <source>Preparing the register for printing…</source>
        <translation>Тізілім басып шығаруға дайындалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="167"/>
        <source>Printing cancelled</source>
        <translation>Басып шығару тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="169"/>
        <source>Not printed: {0}</source>
        <translation>Басып шығарылмады: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="173"/>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="176"/>
        <source>Sent {0} pages to the printer</source>
        <translation>Принтерге {0} бет жіберілді</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../ui/dashboard/reminder.py" line="47"/>
        <source>Overdue requests: {0}</source>
        <translation>Мерзімі өткен өтініштер: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/reminder.py" line="49"/>
        <source>Requests due today: {0}</source>
        <translation>Мерзімі бүгін келетін өтініштер: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/reminder.py" line="52"/>
        <source>Deadlines today</source>
        <translation>Бүгінгі мерзімдер</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/reminder.py" line="62"/>
        <source>Show the overdue</source>
        <translation>Мерзімі өткендерді көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/reminder.py" line="66"/>
        <source>Show today&apos;s</source>
        <translation>Бүгінгілерді көрсету</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../ui/screens/registry.py" line="67"/>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="88"/>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="89"/>
        <source>Last month</source>
        <translation>Өткен ай</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="90"/>
        <source>This year</source>
        <translation>Осы жыл</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="91"/>
        <source>Chosen dates</source>
        <translation>Таңдалған күндер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="98"/>
        <location filename="../../ui/screens/reports.py" line="258"/>
        <source>All operators</source>
        <translation>Барлық операторлар</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="101"/>
        <source>The language of the saved file&apos;s headings</source>
        <translation>Сақталатын файл тақырыптарының тілі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="103"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="104"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="105"/>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="108"/>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="110"/>
        <source>from</source>
        <translation>бастап</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="112"/>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="115"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="121"/>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="123"/>
        <source>Save as &amp;XLSX…</source>
        <translation>&amp;XLSX ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="125"/>
        <source>File &amp;language:</source>
        <translation>Файл &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="135"/>
        <source>Key figures</source>
        <translation>Негізгі көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="138"/>
        <source>Requests received</source>
        <translation>Келіп түскен өтініштер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="139"/>
        <location filename="../../ui/screens/reports.py" line="289"/>
        <source>Answered</source>
        <translation>Жауап берілді</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="140"/>
        <source>Answered on time</source>
        <translation>Мерзімінде жауап берілді</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="141"/>
        <source>Late (answered late or overdue)</source>
        <translation>Мерзімі бұзылды (кеш жауап немесе мерзімі өткен)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="142"/>
        <source>On-time rate</source>
        <translation>Мерзімінде жауап беру үлесі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="143"/>
        <source>Median working days to answer</source>
        <translation>Жауап берудің медианасы, жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="144"/>
        <source>Longest working days to answer</source>
        <translation>Жауап берудің ең ұзақ мерзімі, жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="145"/>
        <source>Requests with the clock stopped</source>
        <translation>Мерзімі тоқтатылған өтініштер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="146"/>
        <source>Clock-stop time, working days</source>
        <translation>Мерзімнің тоқтап тұрған уақыты, жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="161"/>
        <source>Requests by type</source>
        <translation>Өтініштердің түрлері бойынша саны</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="165"/>
        <source>By type</source>
        <translation>Түрлері бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="165"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="166"/>
        <source>By outcome</source>
        <translation>Нәтижесі бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="166"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="167"/>
        <source>By operator</source>
        <translation>Операторлар бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="167"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="168"/>
        <source>By channel</source>
        <translation>Келіп түсу тәсілі бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="168"/>
        <source>Channel</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="175"/>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="175"/>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="235"/>
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="290"/>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="291"/>
        <source>Withdrawn</source>
        <translation>Кері қайтарылды</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="292"/>
        <source>Still open</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="328"/>
        <source>Requests</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="359"/>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="365"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="367"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="388"/>
        <source>Preparing…</source>
        <translation>Дайындалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="394"/>
        <source>Saved {0}</source>
        <translation>Сақталды: {0}</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../ui/models/request_table.py" line="79"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="80"/>
        <source>Received</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="81"/>
        <source>Sender</source>
        <translation>Жіберуші</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="82"/>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="83"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="84"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="85"/>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="86"/>
        <source>Days left</source>
        <translation>Қалған күн</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="87"/>
        <source>Assignee</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="88"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="105"/>
        <source>late by {0}</source>
        <translation>кешігуі — {0} жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="117"/>
        <source>stopped, {0} left</source>
        <translation>тоқтатылды, {0} қалды</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="121"/>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="123"/>
        <source>overdue by {0}</source>
        <translation>{0} күнге кешікті</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="279"/>
        <source>Working days from today to the due date; the colour shows how urgent</source>
        <translation>Бүгіннен мерзімге дейінгі жұмыс күндері; түсі шұғылдығын көрсетеді</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="341"/>
        <source>{0}; extended after the due date had passed by {1} working days</source>
        <translation>{0}; мерзімі {1} жұмыс күніне өтіп кеткеннен кейін ұзартылды</translation>
    </message>
</context>
<context>
    <name>RequestsFilters</name>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="20"/>
        <source>Incoming requests</source>
        <translation>Кіріс өтініштер</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="33"/>
        <source>Find a request by its registration number, the subject&apos;s IIN, or a name in Kazakh, Russian or Latin letters (Ctrl+F)</source>
        <translation>Өтінішті тіркеу нөмірі, субъектінің ЖСН-і немесе қазақ, орыс не латын әріптерімен жазылған аты-жөні бойынша табу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="34"/>
        <source>Search: number, IIN, name or a word of the letter</source>
        <translation>Іздеу: нөмір, ЖСН, аты-жөні немесе хаттағы сөз</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="42"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="48"/>
        <source>Show every request again</source>
        <translation>Барлық өтініштерді қайта көрсету</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="49"/>
        <source>Cl&amp;ear filters</source>
        <translation>Сүзгілерді &amp;өшіру</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="55"/>
        <source>Generate or print the letters of the selected requests (Ctrl+Shift+B)</source>
        <translation>Таңдалған өтініштер бойынша хаттарды жасау немесе басып шығару (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="56"/>
        <source>&amp;Batch letters…</source>
        <translation>&amp;Хаттар топтамасы…</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="62"/>
        <source>Register an incoming letter (Ctrl+N)</source>
        <translation>Кіріс хатты тіркеу (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="63"/>
        <source>Register a letter…</source>
        <translation>Хатты тіркеу…</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="75"/>
        <source>&amp;Type</source>
        <translation>Тү&amp;рі</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="86"/>
        <source>&amp;Status</source>
        <translation>&amp;Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="97"/>
        <source>&amp;Deadline</source>
        <translation>Мер&amp;зімі</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="108"/>
        <source>&amp;Operator</source>
        <translation>&amp;Оператор</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="119"/>
        <source>&amp;Assignee</source>
        <translation>Орын&amp;даушы</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="130"/>
        <source>Only letters received between these dates (inclusive)</source>
        <translation>Тек осы күндер аралығында түскен хаттар (шеткі күндерді қоса алғанда)</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="131"/>
        <source>&amp;Received</source>
        <translation>Тү&amp;скен күні</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="140"/>
        <source>Received on or after</source>
        <translation>Осы күні немесе одан кейін түскен</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="153"/>
        <source>Received on or before</source>
        <translation>Осы күні немесе одан бұрын түскен</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <location filename="../../ui/screens/registry.py" line="57"/>
        <source>Requests</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="111"/>
        <location filename="../../ui/screens/requests.py" line="490"/>
        <source>No requests match these filters.</source>
        <translation>Осы сүзгілерге сәйкес келетін өтініш жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="178"/>
        <source>All types</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="181"/>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="182"/>
        <source>Open (an answer is owed)</source>
        <translation>Қаралуда (жауап берілуі тиіс)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="185"/>
        <source>Any deadline</source>
        <translation>Кез келген мерзім</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="188"/>
        <source>All operators</source>
        <translation>Барлық операторлар</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="189"/>
        <source>Anyone</source>
        <translation>Кез келген</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="190"/>
        <source>Nobody assigned</source>
        <translation>Тағайындалмаған</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="412"/>
        <source>Operator No. {0}</source>
        <translation>№ {0} оператор</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="485"/>
        <source>1 request</source>
        <translation>1 өтініш</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/requests.py" line="485"/>
        <source>%Ln requests</source>
        <translation>
            <numerusform>%Ln өтініш</numerusform>
            <numerusform>%Ln өтініш</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="492"/>
        <source>No letters are registered yet.</source>
        <translation>Әзірге бірде-бір хат тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="498"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="543"/>
        <source>Batch letters</source>
        <translation>Хаттар топтамасы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="544"/>
        <source>Select the requests to answer first (Ctrl+click or Shift+click).</source>
        <translation>Алдымен жауап берілетін өтініштерді таңдаңыз (Ctrl+шерту немесе Shift+шерту).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="567"/>
        <source>&amp;Open the case</source>
        <translation>Істі &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="570"/>
        <source>&amp;Batch letters for the selection…</source>
        <translation>Таңдалғандарға хаттар &amp;топтамасы…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="572"/>
        <source>&amp;Dispatch…</source>
        <translation>&amp;Жіберу…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="577"/>
        <source>&amp;Copy the registration number</source>
        <translation>Тіркеу нөмірін &amp;көшіру</translation>
    </message>
</context>
<context>
    <name>ScanList</name>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="91"/>
        <source>&amp;Add scans…</source>
        <translation>Скан-к&amp;өшірмелер қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="93"/>
        <source>Choose scan files; you can also drop them onto this window</source>
        <translation>Скан-көшірме файлдарын таңдаңыз; оларды осы терезеге сүйреп әкелуге де болады</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="96"/>
        <source>Remo&amp;ve</source>
        <translation>А&amp;лып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="97"/>
        <source>Remove the selected scans from the letter (Delete)</source>
        <translation>Таңдалған скан-көшірмелерді хаттан алып тастау (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="104"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="105"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="106"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="107"/>
        <source>ID-document copy</source>
        <translation>Жеке куәлік көшірмесі</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="108"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="114"/>
        <source>Tick when the scan is a copy of a passport or ID card: since 2024 the law bans collecting paper copies of identity documents, so the copy is flagged for destruction. Space ticks the selected row.</source>
        <translation>Скан-көшірме паспорттың немесе жеке куәліктің көшірмесі болса, белгілеңіз: 2024 жылдан бастап заң жеке басты куәландыратын құжаттардың қағаз көшірмелерін жинауға тыйым салады, сондықтан мұндай көшірме жоюға белгіленеді. Бос орын пернесі таңдалған жолды белгілейді.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="146"/>
        <source>A scan marked as an identity-document copy is flagged for destruction: since 2024 the law bans collecting paper copies of ID documents. Check the identity against the subject&apos;s record instead, then destroy the copy from the case.</source>
        <translation>Жеке басты куәландыратын құжаттың көшірмесі деп белгіленген скан-көшірме жоюға белгіленеді: 2024 жылдан бастап заң мұндай құжаттардың қағаз көшірмелерін жинауға тыйым салады. Оның орнына жеке басты субъектінің жазбасымен салыстырып тексеріңіз, содан кейін көшірмені іс ішінен жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="222"/>
        <source>Add scans of the letter</source>
        <translation>Хаттың скан-көшірмелерін қосу</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="227"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Скан-көшірмелер (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="228"/>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="289"/>
        <source>Reading…</source>
        <translation>Оқылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="307"/>
        <source>Left out: the same scan is in the list already</source>
        <translation>Қосылмады: дәл осындай скан-көшірме тізімде бар</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="336"/>
        <source>Flagged for destruction: identity-document copy</source>
        <translation>Жоюға белгіленді: жеке басты куәландыратын құжаттың көшірмесі</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="339"/>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="345"/>
        <source>Refused</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="360"/>
        <source>Refused: the file cannot be read ({0})</source>
        <translation>Қабылданбады: файлды оқу мүмкін емес ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="362"/>
        <source>Refused: the file is empty</source>
        <translation>Қабылданбады: файл бос</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="364"/>
        <source>Refused: {0} is over the limit of {1} per scan</source>
        <translation>Қабылданбады: {0} бір скан-көшірмеге белгіленген {1} шегінен асады</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="370"/>
        <source>Refused: not a PDF, JPEG, PNG or TIFF scan (it is {0})</source>
        <translation>Қабылданбады: PDF, JPEG, PNG немесе TIFF скан-көшірмесі емес (файл түрі: {0})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="373"/>
        <source>Refused: not a PDF, JPEG, PNG or TIFF scan</source>
        <translation>Қабылданбады: PDF, JPEG, PNG немесе TIFF скан-көшірмесі емес</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="375"/>
        <source>Refused: looks like a {0} but is damaged and cannot be opened</source>
        <translation>Қабылданбады: {0} файлына ұқсайды, бірақ бүлінген және ашылмайды</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="417"/>
        <source>Drop scans of the letter here or use Add scans: PDF, JPEG, PNG or TIFF, up to {0} each.</source>
        <translation>Хаттың скан-көшірмелерін осында сүйреп әкеліңіз немесе «Скан-көшірмелер қосу» батырмасын пайдаланыңыз: PDF, JPEG, PNG немесе TIFF, әрқайсысы ең көбі {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/scan_list.py" line="422"/>
        <source>%n scan(s) will be stored with the letter</source>
        <translation>
            <numerusform>Хатпен бірге %n скан-көшірме сақталады</numerusform>
            <numerusform>Хатпен бірге %n скан-көшірме сақталады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/scan_list.py" line="425"/>
        <source>%n refused (left out)</source>
        <translation>
            <numerusform>%n қабылданбады (қосылмады)</numerusform>
            <numerusform>%n қабылданбады (қосылмады)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/scan_list.py" line="427"/>
        <source>%n being checked…</source>
        <translation>
            <numerusform>%n тексерілуде…</numerusform>
            <numerusform>%n тексерілуде…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanReader</name>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="110"/>
        <source>Stop reading</source>
        <translation>Оқуды тоқтату</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="112"/>
        <source>Stop reading the scans (they are still registered with the letter)</source>
        <translation>Скан-көшірмелерді оқуды тоқтату (олар хатпен бірге бәрібір тіркеледі)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="116"/>
        <source>Accept all proposals</source>
        <translation>Барлық ұсыныстарды қабылдау</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="120"/>
        <source>Fill every field the scan proposes a value for, except those you typed in ({0})</source>
        <translation>Скан-көшірме мән ұсынған әр өрісті толтыру, өзіңіз енгізген өрістерден басқасын ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="125"/>
        <source>Point at a proposal to see where it was read</source>
        <translation>Ұсыныстың қай жерден оқылғанын көру үшін меңзерді оған апарыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="285"/>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="289"/>
        <source>{0} could not be read: {1}</source>
        <translation>{0} оқылмады: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="323"/>
        <source>Registering once the scans are read (Stop reading registers at once)…</source>
        <translation>Скан-көшірмелер оқылған соң тіркеледі (оқуды тоқтатсаңыз, бірден тіркеледі)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="341"/>
        <source>If Tesseract is installed elsewhere, set DERBES_TESSERACT to its program (tesseract.exe on Windows).</source>
        <translation>Tesseract басқа жерге орнатылған болса, DERBES_TESSERACT айнымалысында оның бағдарламасын көрсетіңіз (Windows жүйесінде tesseract.exe).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="351"/>
        <source>Reading {0}: page {1} of {2}…</source>
        <translation>{0} оқылып жатыр: {1}/{2} бет…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="355"/>
        <source>Reading {0}…</source>
        <translation>{0} оқылып жатыр…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="358"/>
        <source>Then {0} more.</source>
        <translation>Одан кейін тағы {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="361"/>
        <source>The scan proposes values at the fields: click one to accept it.</source>
        <translation>Скан-көшірме өрістердің жанында мәндер ұсынады: қабылдау үшін біреуін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="363"/>
        <source>Reading stopped.</source>
        <translation>Оқу тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="366"/>
        <source>Reading stopped: fill the fields by hand.</source>
        <translation>Оқу тоқтатылды: өрістерді қолмен толтырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="369"/>
        <source>Nothing to propose was read on the scans.</source>
        <translation>Скан-көшірмелерден ұсынатын ештеңе оқылмады.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="372"/>
        <source>Added scans are read, and what they say is proposed at the fields.</source>
        <translation>Қосылған скан-көшірмелер оқылады, олардағы мәліметтер өрістердің жанында ұсынылады.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="462"/>
        <source>In the field</source>
        <translation>Өрісте тұр</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="465"/>
        <source>Click to put this in the field (read with {0}% confidence)</source>
        <translation>Өріске қою үшін басыңыз (оқылу сенімділігі {0}%)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="478"/>
        <source>Letter dated {0}</source>
        <translation>Хаттың күні: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="480"/>
        <source>A signature line is present</source>
        <translation>Қол қоятын жол бар</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="482"/>
        <source>Add: {0}</source>
        <translation>Қосу: {0}</translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="63"/>
        <source>Previous page (Page Up)</source>
        <translation>Алдыңғы бет (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="68"/>
        <source>Next page (Page Down)</source>
        <translation>Келесі бет (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="69"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Кішірейту (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="73"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Үлкейту (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="75"/>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="78"/>
        <source>Fit the page to the width of the viewer (Ctrl+0)</source>
        <translation>Бетті қарау аймағының еніне сыйдыру (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="80"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="81"/>
        <source>Actual size (Ctrl+1)</source>
        <translation>Нақты өлшемі (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="129"/>
        <location filename="../../ui/widgets/scan_viewer.py" line="145"/>
        <source>No scan selected.</source>
        <translation>Скан-көшірме таңдалмаған.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="161"/>
        <source>This PDF cannot be displayed (it may be damaged).</source>
        <translation>Бұл PDF көрсетілмейді (ол бүлінген болуы мүмкін).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="192"/>
        <source>This image cannot be displayed (it may be damaged).</source>
        <translation>Бұл суретті көрсету мүмкін емес (ол бүлінген болуы мүмкін).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="314"/>
        <source>Page {0} of {1}</source>
        <translation>Бет: {0} / {1}</translation>
    </message>
</context>
<context>
    <name>ScansPanel</name>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="72"/>
        <source>&amp;Add scan…</source>
        <translation>Скан &amp;қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="73"/>
        <source>Add a PDF, JPEG, PNG or TIFF scan (Ctrl+Shift+O)</source>
        <translation>PDF, JPEG, PNG немесе TIFF скан-көшірмесін қосу (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="74"/>
        <source>&amp;Destroy scan…</source>
        <translation>&amp;Сканды жою…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="75"/>
        <location filename="../../ui/widgets/scans_panel.py" line="208"/>
        <source>ID copy</source>
        <translation>Куәлік көшірмесі</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="79"/>
        <source>Mark the scan as a copy of an identity document: such copies may not be kept (since 2024) and are flagged for destruction</source>
        <translation>Скан-көшірмені жеке басты куәландыратын құжаттың көшірмесі деп белгілеу: мұндай көшірмелерді сақтауға болмайды (2024 жылдан бастап), олар жоюға белгіленеді</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="105"/>
        <source>Why is the scan destroyed?</source>
        <translation>Скан-көшірме неге жойылады?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="107"/>
        <source>Destroy</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="110"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="33"/>
        <source>{0} MB</source>
        <translation>{0} МБ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="36"/>
        <source>{0} KB</source>
        <translation>{0} КБ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="112"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="204"/>
        <source>Destroyed {0}</source>
        <translation>{0} күні жойылды</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="206"/>
        <source>⚠ ID copy — flagged for destruction</source>
        <translation>⚠ Куәлік көшірмесі — жоюға белгіленген</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="218"/>
        <source>No scans yet. Add the letter&apos;s scan with “Add scan…”.</source>
        <translation>Әзірге скан-көшірме жоқ. Хаттың скан-көшірмесін «Скан қосу…» арқылы қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="220"/>
        <source>No scan selected.</source>
        <translation>Скан-көшірме таңдалмаған.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="227"/>
        <source>This scan was destroyed on {0}.
Its record and SHA-256 stay for the audit.</source>
        <translation>Бұл скан-көшірме {0} күні жойылды.
Ол туралы жазба мен SHA-256 мәні аудит үшін сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="240"/>
        <source>Loading {0}…</source>
        <translation>Жүктелуде: {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="273"/>
        <source>Select a scan first</source>
        <translation>Алдымен скан-көшірмені таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="276"/>
        <source>This scan was destroyed already</source>
        <translation>Бұл скан-көшірме бұрын жойылған</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="279"/>
        <source>Erase the scan&apos;s content for good, with a reason (kept in the audit)</source>
        <translation>Скан-көшірменің мазмұнын себебін көрсетіп, біржола өшіру (аудитте сақталады)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="287"/>
        <source>Add scans of the letter</source>
        <translation>Хаттың скан-көшірмелерін қосу</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="292"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Скан-көшірмелер (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="293"/>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="332"/>
        <source>Add scan…</source>
        <translation>Скан қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="334"/>
        <source>Identity-document copy</source>
        <translation>Жеке басты куәландыратын құжаттың көшірмесі</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="338"/>
        <source>Destroy scan…</source>
        <translation>Сканды жою…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="347"/>
        <source>Destroy “{0}”? Its content is erased for good; the record of it and its SHA-256 stay in the case and the audit log.</source>
        <translation>«{0}» жойылсын ба? Оның мазмұны біржола өшіріледі; ол туралы жазба мен SHA-256 мәні іс ішінде және аудит журналында сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="352"/>
        <source>Copy of an identity document: collecting such copies is banned since 2024</source>
        <translation>Жеке басты куәландыратын құжаттың көшірмесі: мұндай көшірмелерді жинауға 2024 жылдан бастап тыйым салынған</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="373"/>
        <source>Say why the scan is destroyed.</source>
        <translation>Скан-көшірме неге жойылатынын көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/registry.py" line="77"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="91"/>
        <source>Unsaved template</source>
        <translation>Сақталмаған үлгі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="92"/>
        <source>Your edits to the letter template are not saved. Discard them and quit?</source>
        <translation>Хат үлгісіне енгізген өзгерістеріңіз сақталмаған. Олардан бас тартып, шығасыз ба?</translation>
    </message>
</context>
<context>
    <name>SubjectCardPart</name>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="140"/>
        <location filename="../../ui/screens/subject_card_view.py" line="181"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="151"/>
        <source>{0}, BIN {1}</source>
        <translation>{0}, БСН {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="190"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="190"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="192"/>
        <source>The IIN suggests: born {0}, {1} (a hint only).</source>
        <translation>ЖСН бойынша: туған күні {0}, жынысы {1} (тек болжам).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="197"/>
        <source>The IIN suggests born {0}, {1}, unlike the birth date on record (a hint only: since 2013 IINs need not follow the birth date).</source>
        <translation>ЖСН бойынша туған күні {0}, жынысы {1}, бұл жазбадағы туған күнге сәйкес келмейді (тек болжам: 2013 жылдан бастап ЖСН туған күнге сәйкес келмеуі мүмкін).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="207"/>
        <source>(document not recorded)</source>
        <translation>(құжат тіркелмеген)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="210"/>
        <source>edition {0} of {1}</source>
        <translation>редакциясы: {0}, {1} күнгі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="214"/>
        <source>edition {0}</source>
        <translation>редакциясы: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="216"/>
        <source>in force from {0}</source>
        <translation>{0} күнінен бастап күшінде</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="219"/>
        <source>Withdrawn {0}, {1}</source>
        <translation>{0} күні кері қайтарылды, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="223"/>
        <source>Withdrawn {0}</source>
        <translation>{0} күні кері қайтарылды</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="225"/>
        <source>In force</source>
        <translation>Күшінде</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="235"/>
        <source>Consents ({0})</source>
        <translation>Келісімдер ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="256"/>
        <source>Letters ({0})</source>
        <translation>Хаттар ({0})</translation>
    </message>
</context>
<context>
    <name>SubjectCounts</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/register_letter_subject.py" line="24"/>
        <source>%n subject(s) match: select one to link.</source>
        <translation>
            <numerusform>Сәйкес субъектілер: %n. Байланыстыру үшін біреуін таңдаңыз.</numerusform>
            <numerusform>Сәйкес субъектілер: %n. Байланыстыру үшін біреуін таңдаңыз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <location filename="../../ui/dialogs/subject_dialog.py" line="116"/>
        <location filename="../../ui/dialogs/subject_dialog.py" line="117"/>
        <location filename="../../../forms/subject_dialog.ui" line="23"/>
        <source>New subject</source>
        <translation>Жаңа субъект</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/subject_dialog.py" line="119"/>
        <location filename="../../ui/dialogs/subject_dialog.py" line="120"/>
        <source>Edit subject</source>
        <translation>Субъектіні өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/subject_dialog.py" line="122"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/subject_dialog.py" line="142"/>
        <source>Operator: {0}</source>
        <translation>Оператор: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/subject_dialog.py" line="147"/>
        <source>Edit subject: {0}</source>
        <translation>Субъектіні өзгерту: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/subject_dialog.py" line="208"/>
        <source>The IIN suggests: born {0}, {1} (a hint only).</source>
        <translation>ЖСН бойынша: туған күні {0}, жынысы {1} (тек болжам).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/subject_dialog.py" line="207"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/subject_dialog.py" line="207"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="12"/>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="35"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="45"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="52"/>
        <source>required, as on the letter or in the records</source>
        <translation>міндетті, хаттағыдай немесе есепке алу деректеріндегідей</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="65"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="78"/>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Әкесінің аты:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="85"/>
        <source>if any</source>
        <translation>бар болса</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="92"/>
        <source>&amp;IIN:</source>
        <translation>ЖС&amp;Н:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="99"/>
        <source>12 digits, if known</source>
        <translation>12 цифр, белгілі болса</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="118"/>
        <source>&amp;Birth date:</source>
        <translation>Ту&amp;ған күні:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="125"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="139"/>
        <source>Contacts and account</source>
        <translation>Байланыс деректері және есептік жазба</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="149"/>
        <source>P&amp;hone:</source>
        <translation>Т&amp;елефоны:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="162"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="180"/>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="189"/>
        <source>postal address, several lines if needed</source>
        <translation>пошталық мекенжай, қажет болса бірнеше жолмен</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="196"/>
        <source>Acc&amp;ount / login:</source>
        <translation>Есептік жазба / &amp;логин:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="203"/>
        <source>the subject&apos;s id or login on the operator&apos;s platform</source>
        <translation>оператор платформасындағы субъектінің идентификаторы немесе логині</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="210"/>
        <source>&amp;Client organisation:</source>
        <translation>&amp;Клиент ұйым:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="217"/>
        <source>the company the subject acts for, if any</source>
        <translation>субъект өкілі болып табылатын компания, бар болса</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="224"/>
        <source>Client &amp;BIN:</source>
        <translation>Клиенттің &amp;БСН-і:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="231"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
</context>
<context>
    <name>SubjectPart</name>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="106"/>
        <source>IIN {0}</source>
        <translation>ЖСН {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="109"/>
        <source>born {0}</source>
        <translation>туған күні {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="117"/>
        <source>no longer matches what is typed</source>
        <translation>енгізілген мәліметтерге енді сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="120"/>
        <source>matches the IIN</source>
        <translation>ЖСН сәйкес келеді</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="221"/>
        <source>The letter will be linked to {0}.</source>
        <translation>Хат {0} субъектісімен байланыстырылады.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="225"/>
        <source>Their IIN is not the one typed: saving asks first.</source>
        <translation>Оның ЖСН-і енгізілгенге сәйкес емес: сақтау алдында растау сұралады.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="229"/>
        <source>A new subject will be created from the sender, IIN and address.</source>
        <translation>Жіберуші, ЖСН және мекенжай бойынша жаңа субъект жасалады.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="233"/>
        <source>Type the sender or the IIN: matching subjects are offered here.</source>
        <translation>Жіберушіні немесе ЖСН-ді енгізіңіз: сәйкес субъектілер осында ұсынылады.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="237"/>
        <source>No subject of this operator matches “{0}”.</source>
        <translation>Осы оператордың субъектілері арасында «{0}» сұрауына сәйкес келетін ешкім жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="244"/>
        <source>{0} no longer matches what is typed and is not linked.</source>
        <translation>{0} енгізілген мәліметтерге енді сәйкес келмейді және байланыстырылмайды.</translation>
    </message>
</context>
<context>
    <name>SubjectTableModel</name>
    <message>
        <location filename="../../ui/models/subject_table.py" line="42"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/models/subject_table.py" line="43"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../ui/models/subject_table.py" line="44"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../ui/models/subject_table.py" line="45"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../ui/models/subject_table.py" line="46"/>
        <source>Operator / client</source>
        <translation>Оператор / клиент</translation>
    </message>
</context>
<context>
    <name>SubjectsScreen</name>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="26"/>
        <source>Checkbox on the website</source>
        <translation>Сайтта белгі қою</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="27"/>
        <source>By logging in</source>
        <translation>Жүйеге кіру арқылы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="28"/>
        <source>By first use of the service</source>
        <translation>Қызметті алғаш пайдалану арқылы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="29"/>
        <source>SMS code</source>
        <translation>SMS-код</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="30"/>
        <source>Code sent by e-mail</source>
        <translation>Электрондық поштаға жіберілген код</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="31"/>
        <source>Two-factor confirmation</source>
        <translation>Екі факторлы растау</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="32"/>
        <source>On paper</source>
        <translation>Қағаз жүзінде</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="33"/>
        <source>State service (eGov)</source>
        <translation>Мемлекеттік қызмет (eGov)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="72"/>
        <source>Subjects</source>
        <translation>Субъектілер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="111"/>
        <source>Search by IIN or by name, in Kazakh, Russian or Latin letters  (Ctrl+F)</source>
        <translation>ЖСН немесе қазақ, орыс не латын әріптерімен жазылған аты-жөні бойынша іздеу  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="119"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="122"/>
        <location filename="../../ui/screens/subjects.py" line="371"/>
        <source>All operators</source>
        <translation>Барлық операторлар</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="128"/>
        <source>&amp;New subject…</source>
        <translation>&amp;Жаңа субъект…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="129"/>
        <source>Create a subject (Ctrl+Shift+N)</source>
        <translation>Субъект жасау (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="132"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="133"/>
        <source>Import subjects from a CSV or XLSX file</source>
        <translation>Субъектілерді CSV немесе XLSX файлынан импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="161"/>
        <source>Reveal the IIN</source>
        <translation>ЖСН-ді көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="182"/>
        <source>Choose a subject on the left to see their card.

Ctrl+F searches, Ctrl+Shift+N creates a subject.</source>
        <translation>Карточкасын көру үшін сол жақтан субъектіні таңдаңыз.

Ctrl+F — іздеу, Ctrl+Shift+N — субъект жасау.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="210"/>
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="211"/>
        <source>Birth date:</source>
        <translation>Туған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="212"/>
        <source>Phone:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="213"/>
        <source>E-mail:</source>
        <translation>Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="214"/>
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="215"/>
        <source>Account / login:</source>
        <translation>Есептік жазба / логин:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="216"/>
        <source>Client organisation:</source>
        <translation>Клиент ұйым:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="217"/>
        <source>Operator:</source>
        <translation>Оператор:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="218"/>
        <source>Record updated:</source>
        <translation>Жазба жаңартылды:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="234"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="235"/>
        <source>Edit this subject (F2)</source>
        <translation>Осы субъектіні өзгерту (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="238"/>
        <source>Change &amp;status</source>
        <translation>&amp;Мәртебені өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="249"/>
        <source>Re&amp;veal the IIN</source>
        <translation>ЖСН-ді &amp;көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="251"/>
        <source>Show this subject&apos;s full IIN (Ctrl+Shift+I); each reveal is recorded</source>
        <translation>Осы субъектінің толық ЖСН-ін көрсету (Ctrl+Shift+I); әр көрсету тіркеледі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="256"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Біріктіру…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="258"/>
        <source>Merge another record of the same person into this one</source>
        <translation>Сол адамның басқа жазбасын осы жазбаға біріктіру</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="271"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="272"/>
        <source>Received</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="273"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="274"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="275"/>
        <source>Due / closed</source>
        <translation>Мерзімі / жабылды</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="278"/>
        <source>Enter or double-click opens the case</source>
        <translation>Enter немесе екі рет басу істі ашады</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="281"/>
        <source>No letters from this subject have been registered.</source>
        <translation>Бұл субъектіден келген хаттар тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="287"/>
        <source>Document and edition</source>
        <translation>Құжат және редакция</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="287"/>
        <source>Given</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="287"/>
        <source>How</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="287"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="295"/>
        <source>No consent of this subject is recorded.</source>
        <translation>Бұл субъектінің келісімі тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="406"/>
        <source>Searching…</source>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="461"/>
        <source>No subjects yet: create one with Ctrl+Shift+N, or import them from the operator&apos;s systems.</source>
        <translation>Әзірге субъектілер жоқ: Ctrl+Shift+N арқылы жасаңыз немесе оператордың жүйелерінен импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="466"/>
        <source>Showing the {0} most recently updated subjects; search to find the others.</source>
        <translation>Соңғы жаңартылған {0} субъект көрсетілген; басқаларын табу үшін іздеуді пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="470"/>
        <source>Showing the {0} most recently updated subjects; scroll down for more, or search by IIN or name.</source>
        <translation>Соңғы жаңартылған {0} субъект көрсетілген; қалғанын көру үшін төмен айналдырыңыз немесе ЖСН не аты-жөні бойынша іздеңіз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/subjects.py" line="474"/>
        <source>All %n subject(s), most recently updated first.</source>
        <translation>
            <numerusform>Барлығы %n субъект, соңғы жаңартылғандары басында.</numerusform>
            <numerusform>Барлығы %n субъект, соңғы жаңартылғандары басында.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="476"/>
        <source>Nobody matches “{0}”. Check the spelling or the IIN.</source>
        <translation>«{0}» сұрауына ешкім сәйкес келмейді. Жазылуын немесе ЖСН-ді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="479"/>
        <source>Showing the first {0} matches; refine the search to see the others.</source>
        <translation>Алғашқы {0} сәйкестік көрсетілген; қалғанын көру үшін іздеуді нақтылаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="482"/>
        <source>Showing the first {0} matches; scroll down for more.</source>
        <translation>Алғашқы {0} сәйкестік көрсетілген; қалғанын көру үшін төмен айналдырыңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/subjects.py" line="484"/>
        <source>%n subject(s) found.</source>
        <translation>
            <numerusform>%n субъект табылды.</numerusform>
            <numerusform>%n субъект табылды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="569"/>
        <source>Change the subject&apos;s status</source>
        <translation>Субъектінің мәртебесін өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="571"/>
        <source>{0}: {1} → {2}

Note for the record (why, on what basis):</source>
        <translation>{0}: {1} → {2}

Жазбаға ескертпе (себебі, негізі):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="577"/>
        <source>Change status</source>
        <translation>Мәртебені өзгерту</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="58"/>
        <source>&amp;Templates</source>
        <translation>Ү&amp;лгілер</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="129"/>
        <source>Choose a template on the left.</source>
        <translation>Сол жақтан үлгіні таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="159"/>
        <source>edited</source>
        <translation>өзгертілген</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="166"/>
        <source>Your copy writes these letters</source>
        <translation>Бұл хаттар сіздің көшірмеңіз бойынша жазылады</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="168"/>
        <source>The shipped template writes these letters</source>
        <translation>Бұл хаттар бастапқы үлгі бойынша жазылады</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="306"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="308"/>
        <source>Edited, not saved</source>
        <translation>Өзгертілді, сақталмаған</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="310"/>
        <source>Your copy</source>
        <translation>Сіздің көшірмеңіз</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="312"/>
        <source>Shipped version</source>
        <translation>Бастапқы нұсқа</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="358"/>
        <source>Unsaved template</source>
        <translation>Сақталмаған үлгі</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="359"/>
        <source>Your edits to “%1” are not saved.</source>
        <translation>«%1» үлгісіне енгізген өзгерістеріңіз сақталмаған.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="398"/>
        <source>Saved. New letters “%1” in %2 are written from your copy.</source>
        <translation>Сақталды. Жаңа «%1» хаттары (%2) сіздің көшірмеңіз бойынша жазылады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="418"/>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="430"/>
        <source>Put back the shipped version of “%1”? Your copy is deleted and new letters are written from the shipped template.</source>
        <translation>«%1» үлгісінің бастапқы нұсқасы қайтарылсын ба? Сіздің көшірмеңіз жойылады, ал жаңа хаттар бастапқы үлгі бойынша жазылады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="434"/>
        <source>The edits not saved yet are lost too.</source>
        <translation>Әлі сақталмаған өзгерістер де жоғалады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="437"/>
        <source>Reset the template</source>
        <translation>Үлгіні бастапқы күйге қайтару</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="467"/>
        <source>The shipped version is back; your copy is deleted.</source>
        <translation>Бастапқы нұсқа қайтарылды; сіздің көшірмеңіз жойылды.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/template_feedback.py" line="98"/>
        <source>The template cannot make a letter yet: see the message under it.</source>
        <translation>Үлгі бойынша әзірге хат жасау мүмкін емес: астындағы хабарламаны қараңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/template_feedback.py" line="111"/>
        <source>The preview failed: %1</source>
        <translation>Алдын ала қарау сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/template_feedback.py" line="120"/>
        <source>No request numbered %1.</source>
        <translation>%1 нөмірлі өтініш жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/template_feedback.py" line="124"/>
        <source>Request %1 cannot have this letter: %2</source>
        <translation>%1 өтініші бойынша бұл хатты жасауға болмайды: %2</translation>
    </message>
    <message>
        <location filename="../../ui/settings/template_feedback.py" line="130"/>
        <source>An invented sample case: no request in the database suits this letter yet.</source>
        <translation>Ойдан құрастырылған үлгі іс: дерекқорда бұл хатқа сәйкес өтініш әзірге жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/template_feedback.py" line="137"/>
        <source>Request %1 of %2: %3, from %4</source>
        <translation>%2 күнгі %1 өтініш: %3, жіберуші — %4</translation>
    </message>
    <message>
        <location filename="../../ui/settings/template_feedback.py" line="153"/>
        <source>Line %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <location filename="../../ui/settings/template_feedback.py" line="169"/>
        <source>Go to the line</source>
        <translation>Жолға өту</translation>
    </message>
    <message>
        <location filename="../../ui/settings/template_feedback.py" line="173"/>
        <source>The preview shows the last version that worked; this text cannot be saved.</source>
        <translation>Алдын ала қарауда соңғы жұмыс істеген нұсқа көрсетілген; бұл мәтінді сақтауға болмайды.</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="18"/>
        <source>Every letter is written from a template, one for each kind and language. Your edited copy is kept in the database and writes every new letter; the shipped version is never changed and can be put back at any time. The preview shows the letter for a real request.</source>
        <translation>Әр хат үлгі бойынша жазылады: әр түр мен тілге бір үлгіден. Сіз өзгерткен көшірме дерекқорда сақталады және барлық жаңа хаттар сол бойынша жазылады; бастапқы нұсқа ешқашан өзгертілмейді және оны кез келген уақытта қайтаруға болады. Алдын ала қарау нақты өтініш бойынша хатты көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="35"/>
        <source>Letter &amp;kinds</source>
        <translation>&amp;Хат түрлері</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="51"/>
        <source>Template</source>
        <translation>Үлгі</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="52"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="59"/>
        <source>“edited”: your copy writes the letters of this kind and language.</source>
        <translation>«өзгертілген»: осы түр мен тілдегі хаттар сіздің көшірмеңіз бойынша жазылады.</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="64"/>
        <source>Delete your edited copy of the chosen template and write its letters from the shipped one again</source>
        <translation>Таңдалған үлгінің өзгертілген көшірмесін жойып, оның хаттарын қайтадан бастапқы үлгі бойынша жазу</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="110"/>
        <source>Template text</source>
        <translation>Үлгі мәтіні</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="65"/>
        <source>&amp;Reset to the shipped version…</source>
        <translation>Бастапқы нұсқаға &amp;қайтару…</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="132"/>
        <source>Discard the edits not saved yet</source>
        <translation>Әлі сақталмаған өзгерістерден бас тарту</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="133"/>
        <source>&amp;Undo the edits</source>
        <translation>Өзгерістерді &amp;болдырмау</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="139"/>
        <source>Keep your copy of the template; it is checked first (Ctrl+S)</source>
        <translation>Үлгінің көшірмеңізді сақтау; алдымен ол тексеріледі (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="140"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="160"/>
        <source>Preview &amp;for request No.:</source>
        <translation>Алдын ала қарауға өтініш &amp;нөмірі:</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="168"/>
        <source>the latest suitable request</source>
        <translation>соңғы сәйкес өтініш</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="169"/>
        <source>Type a registration number and press Enter; leave empty to use the latest request this letter suits</source>
        <translation>Тіркеу нөмірін енгізіп, Enter пернесін басыңыз; бос қалдырсаңыз, осы хатқа сәйкес келетін соңғы өтініш алынады</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="25"/>
        <source>Database: {0}</source>
        <translation>Дерекқор: {0}</translation>
    </message>
    <message>
        <location filename="../../../forms/welcome.ui" line="9"/>
        <location filename="../../../forms/welcome.ui" line="20"/>
        <source>Welcome to Derbes</source>
        <translation>Derbes бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../../../forms/welcome.ui" line="27"/>
        <source>Derbes is the desk for the letters of data subjects: register each letter, count its deadline in Kazakh working days, and answer it on paper in Kazakh or Russian.

To begin, describe the operator you answer for, or look around in a demo database built from five real operators.</source>
        <translation>Derbes — дербес деректер субъектілерінің хаттарымен жұмыс істеуге арналған жұмыс орны: әр хатты тіркеңіз, оның мерзімін Қазақстанның жұмыс күндерімен есептеңіз және оған қазақ немесе орыс тілінде қағаз жүзінде жауап беріңіз.

Бастау үшін атынан жауап беретін операторды сипаттаңыз немесе бес нақты оператор негізінде жасалған демо-дерекқорды қарап шығыңыз.</translation>
    </message>
    <message>
        <location filename="../../../forms/welcome.ui" line="37"/>
        <source>&amp;Create the operator profile…</source>
        <translation>Оператор профилін &amp;жасау…</translation>
    </message>
    <message>
        <location filename="../../../forms/welcome.ui" line="44"/>
        <source>Open the &amp;demo database</source>
        <translation>&amp;Демо-дерекқорды ашу</translation>
    </message>
    <message>
        <location filename="../../../forms/welcome.ui" line="49"/>
        <source>&amp;Open another database file…</source>
        <translation>Басқа дерекқор файлын &amp;ашу…</translation>
    </message>
    <message>
        <location filename="../../../forms/welcome.ui" line="60"/>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
</context>
<context>
    <name>Withdrawal</name>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="65"/>
        <source>Drawn up &amp;in (kk):</source>
        <translation>Жасалған &amp;орны (қазақша):</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="66"/>
        <source>Drawn up i&amp;n (ru):</source>
        <translation>Жасалған о&amp;рны (орысша):</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="72"/>
        <source>Member&apos;s name</source>
        <translation>Мүшенің аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="73"/>
        <source>Position (kk)</source>
        <translation>Лауазымы (қазақша)</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="74"/>
        <source>Position (ru)</source>
        <translation>Лауазымы (орысша)</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="83"/>
        <source>&amp;Members who carried out the destruction and sign the act:</source>
        <translation>Жоюды жүргізген және актіге қол қоятын &amp;мүшелер:</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="90"/>
        <source>Add a mem&amp;ber</source>
        <translation>Мүше қо&amp;су</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="93"/>
        <source>Remov&amp;e the member</source>
        <translation>Мүшені &amp;алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="106"/>
        <source>Approved b&amp;y:</source>
        <translation>Бекі&amp;ткен:</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="107"/>
        <source>Approver&apos;s position (&amp;kk):</source>
        <translation>Бекітушінің лауазымы (&amp;қазақша):</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="108"/>
        <source>Approver&apos;s position (r&amp;u):</source>
        <translation>Бекітушінің лауазымы (&amp;орысша):</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="109"/>
        <source>Appro&amp;val date:</source>
        <translation>Бекітілген &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="117"/>
        <source>Record the act&apos;s de&amp;tails</source>
        <translation>Актінің де&amp;ректемелерін жазу</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="120"/>
        <source>Prepare the &amp;destruction act…</source>
        <translation>&amp;Жою актісін дайындау…</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="173"/>
        <source>Act № {0} of {1} is finalised.</source>
        <translation>{1} күнгі № {0} акт түпкілікті ресімделді.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="181"/>
        <source>The act can be prepared once every system is cleaned and every category has its outcome.</source>
        <translation>Барлық жүйе тазартылып, әр санаттың нәтижесі таңдалғанда актіні дайындауға болады.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="187"/>
        <source>Everything the act states is recorded: prepare it and finalise it.</source>
        <translation>Актіде көрсетілетіннің бәрі жазылды: оны дайындап, түпкілікті ресімдеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="282"/>
        <source>Prepare the re&amp;fusal letter…</source>
        <translation>Бас тарту &amp;хатын дайындау…</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="284"/>
        <source>Prepare the con&amp;firmation…</source>
        <translation>&amp;Растауды дайындау…</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="292"/>
        <source>Completed on {0} by {1}: the subject is now “{2}”.</source>
        <translation>{0} күні {1} аяқтады: субъектінің мәртебесі енді «{2}».</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="300"/>
        <source>The refusal states the ground of art. 8(2) and its detail as recorded. The subject stays active and the consents stay in force.</source>
        <translation>Бас тарту хатында 8-баптың 2-тармағы бойынша негіз бен оның егжей-тегжейі жазылғандай көрсетіледі. Субъект белсенді күйде қалады, келісімдер күшінде қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="306"/>
        <source>The confirmation states what was recorded, after the finalised act. When it is finalised and the request is marked sent, the subject becomes “{0}” and {1} consent(s) are closed on {2}.</source>
        <translation>Растауда түпкілікті ресімделген актіден кейін жазылғандар көрсетіледі. Ол түпкілікті ресімделіп, өтініш жіберілді деп белгіленгенде субъектінің мәртебесі «{0}» болады, ал {1} келісім {2} күнімен жабылады.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="313"/>
        <source>Record the decision first.</source>
        <translation>Алдымен шешімді жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="316"/>
        <source>{0} № {1} of {2}</source>
        <translation>{0} № {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="320"/>
        <source>sent {0}</source>
        <translation>{0} жіберілді</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="35"/>
        <source>Checks: signature and identity</source>
        <translation>Тексеру: қолтаңба және сәйкестік</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="36"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="37"/>
        <source>The day processing stopped</source>
        <translation>Өңдеу тоқтатылған күн</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="38"/>
        <source>Systems cleaned</source>
        <translation>Тазартылған жүйелер</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="39"/>
        <source>What happened to each category of data</source>
        <translation>Әр деректер санатымен не істелді</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="40"/>
        <source>Destruction act</source>
        <translation>Жою актісі</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="41"/>
        <source>Answer to the subject</source>
        <translation>Субъектіге жауап</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="42"/>
        <source>Done</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="45"/>
        <source>Destroyed</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="46"/>
        <source>Anonymised</source>
        <translation>Иесіздендірілді</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="47"/>
        <source>Blocked and retained</source>
        <translation>Бұғатталып, сақталды</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="50"/>
        <source>Art. 8(2): the withdrawal contradicts the laws of Kazakhstan</source>
        <translation>8-баптың 2-тармағы: кері қайтарып алу Қазақстан заңдарына қайшы келеді</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="53"/>
        <source>Art. 8(2): an obligation is still unfulfilled (e.g. an open debt)</source>
        <translation>8-баптың 2-тармағы: міндеттеме әлі орындалмаған (мысалы, өтелмеген қарыз)</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="98"/>
        <source>Not recorded yet.</source>
        <translation>Әлі жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="99"/>
        <source>Recorded by {0} on {1}.</source>
        <translation>{1} күні {0} жазды.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/tab.py" line="121"/>
        <source>not needed: refused</source>
        <translation>қажет емес: бас тартылды</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/tab.py" line="123"/>
        <location filename="../../ui/withdrawal/tab.py" line="128"/>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/tab.py" line="125"/>
        <source>next</source>
        <translation>кезекті</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/tab.py" line="129"/>
        <source>to do</source>
        <translation>орындалуы тиіс</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/tab.py" line="133"/>
        <source>Completed: the subject is “{0}”.</source>
        <translation>Аяқталды: субъектінің мәртебесі «{0}».</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/tab.py" line="137"/>
        <source>The refusal is finalised: mark the request sent when it leaves.</source>
        <translation>Бас тарту түпкілікті ресімделді: хат жөнелтілгенде өтінішті жіберілді деп белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/tab.py" line="140"/>
        <source>Next: {0}.</source>
        <translation>Кезекті қадам: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="22"/>
        <source>Withdrawal: work begun</source>
        <translation>Кері қайтарып алу: жұмыс басталды</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="22"/>
        <source>{0} system(s) to clean, {1} data categor(ies), {2} consent(s) named</source>
        <translation>тазартылатын жүйелер: {0}, деректер санаттары: {1}, аталған келісімдер: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="27"/>
        <source>signed</source>
        <translation>қол қойылған</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="29"/>
        <source>not signed</source>
        <translation>қол қойылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="33"/>
        <source>identity matches the record</source>
        <translation>жеке басы жазбаға сәйкес</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="35"/>
        <source>identity does not match</source>
        <translation>жеке басы сәйкес емес</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="40"/>
        <source>name</source>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="40"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="42"/>
        <source>differs from the record: {0}</source>
        <translation>жазбадан өзгеше: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="48"/>
        <source>Withdrawal: checks recorded</source>
        <translation>Кері қайтарып алу: тексеру жазылды</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="52"/>
        <source>Withdrawal refused</source>
        <translation>Кері қайтарып алудан бас тартылды</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="55"/>
        <source>Withdrawal accepted</source>
        <translation>Кері қайтарып алу қабылданды</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="57"/>
        <source>Processing stopped on {0}</source>
        <translation>Өңдеу {0} күні тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="61"/>
        <source>System cleaned on {0}: {1}</source>
        <translation>Жүйе {0} күні тазартылды: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="65"/>
        <source>System not cleaned yet: {0}</source>
        <translation>Жүйе әлі тазартылған жоқ: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="72"/>
        <source>until {0}; basis: {1}</source>
        <translation>{0} дейін; негізі: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="78"/>
        <source>Destruction act&apos;s details recorded</source>
        <translation>Жою актісінің деректемелері жазылды</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="78"/>
        <source>Place: {0}; members: {1}; approved by {2}</source>
        <translation>Орны: {0}; мүшелері: {1}; бекіткен: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="82"/>
        <source>Consents named by the withdrawal: {0}</source>
        <translation>Кері қайтарып алуда аталған келісімдер: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="87"/>
        <source>Withdrawal completed: the subject is “{0}”</source>
        <translation>Кері қайтарып алу аяқталды: субъектінің мәртебесі «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="89"/>
        <source>{0} consent(s) closed on {1}</source>
        <translation>{1} күнімен жабылған келісімдер: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="92"/>
        <source>Withdrawal: {0}</source>
        <translation>Кері қайтарып алу: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="68"/>
        <source>Signed by hand</source>
        <translation>Қолмен қол қойылған</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="69"/>
        <source>Not signed</source>
        <translation>Қол қойылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="75"/>
        <source>Signa&amp;ture:</source>
        <translation>&amp;Қолтаңба:</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="80"/>
        <source>Identity: the letter against the record</source>
        <translation>Жеке басы: хат пен жазбаны салыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="85"/>
        <source>On the letter</source>
        <translation>Хатта</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="86"/>
        <source>In the record</source>
        <translation>Жазбада</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="97"/>
        <source>as written on the letter</source>
        <translation>хатта жазылғандай</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="101"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="105"/>
        <source>II&amp;N</source>
        <translation>Ж&amp;СН</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="119"/>
        <source>The same person as the record</source>
        <translation>Жазбадағы адаммен бір адам</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="123"/>
        <source>Does not match the record</source>
        <translation>Жазбаға сәйкес емес</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="129"/>
        <source>why it is the same person, or what differs</source>
        <translation>неліктен бұл сол адам, немесе неде айырмашылық бар</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="132"/>
        <source>&amp;Identity:</source>
        <translation>Жеке &amp;басы:</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="134"/>
        <source>Not&amp;e:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="143"/>
        <source>Recor&amp;d the checks</source>
        <translation>Тексеруді &amp;жазу</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="172"/>
        <source>no record linked</source>
        <translation>жазба байланыстырылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="175"/>
        <source>The IIN stays masked; type the letter&apos;s to compare them</source>
        <translation>ЖСН жасырын қалады; салыстыру үшін хаттағы ЖСН-ді теріңіз</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="188"/>
        <source>No copy of an identity document is attached.</source>
        <translation>Жеке басын куәландыратын құжаттың көшірмесі тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="196"/>
        <source>destroyed on {0}</source>
        <translation>{0} жойылды</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="201"/>
        <source>flagged for destruction: destroy it on the Scans tab</source>
        <translation>жоюға белгіленген: оны «Сканерлер» қойындысында жойыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="211"/>
        <source>Copies of identity documents (collecting them is banned since 2024):</source>
        <translation>Жеке басын куәландыратын құжаттардың көшірмелері (2024 жылдан бастап оларды жинауға тыйым салынған):</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="239"/>
        <source>differs</source>
        <translation>өзгеше</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="242"/>
        <source>matches</source>
        <translation>сәйкес</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="293"/>
        <source>Accept the withdrawal</source>
        <translation>Кері қайтарып алуды қабылдау</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="296"/>
        <source>Refuse it (Law 94-V art. 8(2))</source>
        <translation>Бас тарту (94-V Заңның 8-бабы 2-тармағы)</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="307"/>
        <source>in Kazakh: which law, or which obligation</source>
        <translation>қазақша: қай заң немесе қай міндеттеме</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="308"/>
        <source>in Russian: which law, or which obligation</source>
        <translation>орысша: қай заң немесе қай міндеттеме</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="322"/>
        <source>Ground in de&amp;tail (Kazakh):</source>
        <translation>Толық не&amp;гіз (қазақша):</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="327"/>
        <source>Ground in detail (&amp;Russian):</source>
        <translation>Толық негіз (&amp;орысша):</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="316"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Шешім:</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="319"/>
        <source>Grou&amp;nd:</source>
        <translation>&amp;Негіз:</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="333"/>
        <source>Record the d&amp;ecision</source>
        <translation>Шешімді &amp;жазу</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="339"/>
        <source>Consents this withdrawal names (closed when the confirmation is sent)</source>
        <translation>Осы кері қайтарып алуда аталған келісімдер (растау жіберілгенде жабылады)</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="345"/>
        <source>The linked record holds no consent.</source>
        <translation>Байланыстырылған жазбада келісім жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="350"/>
        <source>Sa&amp;ve the consents</source>
        <translation>Келісімдерді &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="391"/>
        <source>(document not recorded)</source>
        <translation>(құжат жазылмаған)</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="394"/>
        <source>edition {0}</source>
        <translation>{0} редакция</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="395"/>
        <source>given {0}</source>
        <translation>{0} берілген</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="397"/>
        <source>withdrawn {0}</source>
        <translation>{0} кері қайтарылды</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="73"/>
        <source>&amp;When processing stopped:</source>
        <translation>Өңдеу &amp;тоқтатылған күн:</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="82"/>
        <source>Recor&amp;d the day</source>
        <translation>Күнді &amp;жазу</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="98"/>
        <source>By default the day the letter was received ({0}); never before it, never in the future, never after the answer.</source>
        <translation>Әдепкі бойынша хат алынған күн ({0}); одан бұрын да, болашақта да, жауаптан кейін де болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="167"/>
        <source>The operator&apos;s data map lists no systems: add them in Settings › Operators.</source>
        <translation>Оператордың деректер картасында жүйелер жоқ: оларды Баптаулар › Операторлар бөлімінде қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="171"/>
        <source>Save the chec&amp;klist</source>
        <translation>Тізімді &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="197"/>
        <source>System</source>
        <translation>Жүйе</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="198"/>
        <source>Cleaned on</source>
        <translation>Тазартылған күні</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="201"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="210"/>
        <source>{0}: cleaned on</source>
        <translation>{0}: тазартылған күні</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="199"/>
        <source>Note in Kazakh</source>
        <translation>Қазақша ескертпе</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="200"/>
        <source>Note in Russian</source>
        <translation>Орысша ескертпе</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="213"/>
        <source>{0}: note in Kazakh</source>
        <translation>{0}: қазақша ескертпе</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="215"/>
        <source>{0}: note in Russian</source>
        <translation>{0}: орысша ескертпе</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="269"/>
        <source>Nothing changed in the checklist.</source>
        <translation>Тізімде ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="316"/>
        <source>The operator&apos;s data map lists no data categories: add them in Settings › Operators.</source>
        <translation>Оператордың деректер картасында деректер санаттары жоқ: оларды Баптаулар › Операторлар бөлімінде қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="320"/>
        <source>Save the outco&amp;mes</source>
        <translation>Нәтижелерді &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="346"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="347"/>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="348"/>
        <source>Legal basis (kk)</source>
        <translation>Құқықтық негіз (қазақша)</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="349"/>
        <source>Legal basis (ru)</source>
        <translation>Құқықтық негіз (орысша)</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="350"/>
        <source>Kept until</source>
        <translation>Сақталу мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="351"/>
        <source>Recorded</source>
        <translation>Жазылды</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="359"/>
        <source>{0}: outcome</source>
        <translation>{0}: нәтиже</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="364"/>
        <source>{0}: legal basis in Kazakh</source>
        <translation>{0}: қазақша құқықтық негіз</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="368"/>
        <source>{0}: legal basis in Russian</source>
        <translation>{0}: орысша құқықтық негіз</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="371"/>
        <source>{0}: kept until</source>
        <translation>{0}: сақталу мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="374"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="382"/>
        <source>The category&apos;s retention rule: {0}</source>
        <translation>Санатты сақтау ережесі: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="386"/>
        <source>Suggested until {0}</source>
        <translation>Ұсынылатын мерзім: {0} дейін</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="447"/>
        <source>Choose an outcome for a category first.</source>
        <translation>Алдымен санаттың нәтижесін таңдаңыз.</translation>
    </message>
</context>
</TS>
