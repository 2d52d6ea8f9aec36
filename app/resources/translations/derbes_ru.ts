<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="48"/>
        <source>About Derbes</source>
        <translation>О программе Derbes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="53"/>
        <source>Derbes: the compliance officer&apos;s desk for personal-data requests</source>
        <translation>Derbes — рабочее место ответственного за организацию обработки персональных данных для работы с обращениями</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="63"/>
        <source>unknown</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="64"/>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="66"/>
        <source>not stated in the package metadata</source>
        <translation>не указана в метаданных пакета</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="68"/>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="71"/>
        <source>PT Serif (ParaType Ltd.), under the ParaType Free Font License</source>
        <translation>PT Serif (ParaType Ltd.), по лицензии ParaType Free Font License</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="73"/>
        <source>Fonts:</source>
        <translation>Шрифты:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="76"/>
        <source>Qt {0}, PySide6 {1}, Python {2}</source>
        <translation>Qt {0}, PySide6 {1}, Python {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="80"/>
        <source>Runs on:</source>
        <translation>Среда выполнения:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="81"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="84"/>
        <source>Licence of the bundled fonts:</source>
        <translation>Лицензия шрифтов, поставляемых с программой:</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/settings/audit_page.py" line="38"/>
        <source>&amp;Audit log</source>
        <translation>&amp;Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_page.py" line="49"/>
        <source>Every change is written to the audit log, each entry sealed with the one before it. The check recomputes the seals and compares the log with what this computer remembers of it, so an edited, deleted or rewritten entry is found.</source>
        <translation>Каждое изменение записывается в журнал аудита, и хеш каждой записи связан с предыдущей. Проверка пересчитывает хеши и сравнивает журнал с тем, что помнит о нём этот компьютер, поэтому изменённая, удалённая или перезаписанная запись будет обнаружена.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_page.py" line="59"/>
        <source>&amp;Check the audit log</source>
        <translation>&amp;Проверить журнал аудита</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/audit_page.py" line="99"/>
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>Журнал аудита цел: проверена %n запись.</numerusform>
            <numerusform>Журнал аудита цел: проверено %n записи.</numerusform>
            <numerusform>Журнал аудита цел: проверено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_page.py" line="102"/>
        <source>This was its first check on this computer: from now on the computer remembers the log&apos;s newest entry, so deleting entries will be noticed.</source>
        <translation>Это была первая проверка журнала на этом компьютере: теперь компьютер запоминает самую новую запись журнала, поэтому удаление записей будет замечено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/audit_page.py" line="109"/>
        <source>The audit log is broken: %n problem(s) found.</source>
        <translation>
            <numerusform>Журнал аудита нарушен: обнаружена %n проблема.</numerusform>
            <numerusform>Журнал аудита нарушен: обнаружено %n проблемы.</numerusform>
            <numerusform>Журнал аудита нарушен: обнаружено %n проблем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/audit_page.py" line="111"/>
        <source>%n entries checked.</source>
        <translation>
            <numerusform>Проверена %n запись.</numerusform>
            <numerusform>Проверено %n записи.</numerusform>
            <numerusform>Проверено %n записей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="33"/>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="34"/>
        <source>made by hand</source>
        <translation>создана вручную</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="35"/>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="36"/>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="45"/>
        <source>Copying the database… {0} %</source>
        <translation>Копируется база данных… {0} %</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="46"/>
        <source>Copying the database…</source>
        <translation>Копируется база данных…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="49"/>
        <source>Checking the copy… {0} %</source>
        <translation>Проверяется копия… {0} %</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="50"/>
        <source>Checking the copy…</source>
        <translation>Проверяется копия…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="53"/>
        <source>Checking the copy&apos;s audit log… {0} %</source>
        <translation>Проверяется журнал аудита копии… {0} %</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="54"/>
        <source>Checking the copy&apos;s audit log…</source>
        <translation>Проверяется журнал аудита копии…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="67"/>
        <source>&amp;Backups</source>
        <translation>Р&amp;езервные копии</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="78"/>
        <source>Derbes backs up the database once a day when it starts, and before every upgrade. Each backup is checked when it is made: it opens, it is whole, and its audit log verifies.</source>
        <translation>Derbes создаёт резервную копию базы данных раз в день при запуске, а также перед каждым обновлением. Каждая резервная копия проверяется при создании: она открывается, она цела, и её журнал аудита проходит проверку.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="89"/>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="89"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="89"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="89"/>
        <source>Checked</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="100"/>
        <source>Back up &amp;now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="102"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="105"/>
        <source>Restore from a &amp;file…</source>
        <translation>Восстановить из &amp;файла…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="115"/>
        <source>Keep the daily backups of the last</source>
        <translation>Хранить ежедневные копии за последние</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="123"/>
        <source>days and of the last</source>
        <translation>дн., а еженедельные — за последние</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="125"/>
        <source>weeks.</source>
        <translation>нед.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="155"/>
        <source>verified</source>
        <translation>проверена</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="155"/>
        <source>not verified</source>
        <translation>не проверена</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="191"/>
        <source>Backed up and checked: {0}</source>
        <translation>Резервная копия создана и проверена: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="218"/>
        <source>Backing up…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="243"/>
        <source>Replace the database by the backup made {0}?

What was recorded after it will no longer be in the database. A copy of the current database is kept in the backups folder first.</source>
        <translation>Заменить базу данных резервной копией от {0}?

То, что было записано после неё, из базы данных исчезнет. Сначала копия текущей базы данных сохраняется в папке резервных копий.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="252"/>
        <location filename="../../ui/settings/backups_page.py" line="269"/>
        <location filename="../../ui/settings/backups_page.py" line="289"/>
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="254"/>
        <source>Derbes backups (*.sqlite3 *.zip);;All files (*)</source>
        <translation>Резервные копии Derbes (*.sqlite3 *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="261"/>
        <source>Replace the database by the backup {0}?

The backup is checked first. A copy of the current database is kept in the backups folder.</source>
        <translation>Заменить базу данных резервной копией {0}?

Сначала резервная копия проверяется. Копия текущей базы данных сохраняется в папке резервных копий.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="275"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="287"/>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="300"/>
        <source>(the database was empty)</source>
        <translation>(база данных была пуста)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backups_page.py" line="303"/>
        <source>Restored the backup {0}. The database it replaced is kept at {1}.</source>
        <translation>Резервная копия {0} восстановлена. Заменённая ею база данных сохранена здесь: {1}.</translation>
    </message>
</context>
<context>
    <name>BatchLettersDialog</name>
    <message>
        <location filename="../../ui/letters/batch.py" line="168"/>
        <source>Letters for several requests — Derbes</source>
        <translation>Письма по нескольким обращениям — Derbes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/letters/batch.py" line="183"/>
        <source>Letters for %n request(s)</source>
        <translation>
            <numerusform>Письма по %n обращению</numerusform>
            <numerusform>Письма по %n обращениям</numerusform>
            <numerusform>Письма по %n обращениям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/letters/batch.py" line="252"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="268"/>
        <source>None of these requests may have this letter</source>
        <translation>Это письмо не подходит ни для одного из этих обращений</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/letters/batch.py" line="270"/>
        <source>%n of these requests may have this letter</source>
        <translation>
            <numerusform>Это письмо подходит для %n из этих обращений</numerusform>
            <numerusform>Это письмо подходит для %n из этих обращений</numerusform>
            <numerusform>Это письмо подходит для %n из этих обращений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="310"/>
        <location filename="../../../forms/batch_letters.ui" line="203"/>
        <source>&amp;Make the letters</source>
        <translation>Сфор&amp;мировать письма</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="310"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="313"/>
        <source>Folder for the letters</source>
        <translation>Папка для писем</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="333"/>
        <source>Choose the folder the files are written to.</source>
        <translation>Выберите папку, в которую записываются файлы.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="337"/>
        <source>There is no folder {0}.</source>
        <translation>Папка {0} не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="348"/>
        <source>Derbes letters</source>
        <translation>Письма Derbes</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="352"/>
        <source>Print the letters</source>
        <translation>Печать писем</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="382"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="414"/>
        <source>Stopping after the letter being made…</source>
        <translation>Остановка после текущего письма…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="442"/>
        <source>Reading the cases: {0} of {1}…</source>
        <translation>Чтение обращений: {0} из {1}…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="447"/>
        <source>Printing page {0} of {1}…</source>
        <translation>Печать страницы {0} из {1}…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="454"/>
        <source>{0} of {1} letters made; last: {2}</source>
        <translation>Сформировано писем: {0} из {1}; последнее: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="476"/>
        <source>✓ {0} printed</source>
        <translation>✓ {0} напечатано</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="478"/>
        <source>– {0} made, not printed</source>
        <translation>– {0} сформировано, не напечатано</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="483"/>
        <source>✗ {0}: {1}</source>
        <translation>✗ {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="488"/>
        <source>Stopped: {0} of {1} letters made.</source>
        <translation>Остановлено: сформировано писем — {0} из {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="490"/>
        <source>Nothing was printed.</source>
        <translation>Ничего не напечатано.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="492"/>
        <source>{0} letters printed, {1} pages in one job.</source>
        <translation>Напечатано писем: {0}, страниц в одном задании: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="496"/>
        <source>{0} letters made, none printed.</source>
        <translation>Сформировано писем: {0}, ни одно не напечатано.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="498"/>
        <source>{0} of {1} letters written to {2}.</source>
        <translation>Записано писем: {0} из {1} в папку {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/letters/batch.py" line="503"/>
        <source>%n request(s) could not have the letter:</source>
        <translation>
            <numerusform>Письмо нельзя сформировать по %n обращению:</numerusform>
            <numerusform>Письмо нельзя сформировать по %n обращениям:</numerusform>
            <numerusform>Письмо нельзя сформировать по %n обращениям:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/letters/batch.py" line="508"/>
        <source>The batch stopped: {0}</source>
        <translation>Пакетная обработка остановлена: {0}</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="9"/>
        <source>Letters for several requests</source>
        <translation>Письма по нескольким обращениям</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="38"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="48"/>
        <source>Each letter states what its own case&apos;s Withdrawal tab recorded; a case not complete yet is listed with what is missing.</source>
        <translation>Каждое письмо излагает то, что записано на вкладке «Отзыв» его дела; незавершённое дело выводится в списке с указанием того, чего не хватает.</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="54"/>
        <source>&amp;Question:</source>
        <translation>Воп&amp;рос:</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="60"/>
        <source>What every subject is asked to clarify (empty: a blank in each letter)</source>
        <translation>Что предлагается уточнить каждому субъекту (пусто — пропуск в каждом письме)</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="72"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="81"/>
        <source>Each in the language of its &amp;letter (Kazakh when it came in another one)</source>
        <translation>Каждое на языке ис&amp;ходного письма (на казахском, если оно на другом языке)</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="88"/>
        <source>All in Ka&amp;zakh</source>
        <translation>Все на &amp;казахском</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="94"/>
        <source>All in &amp;both languages (Kazakh and Russian)</source>
        <translation>Все на &amp;двух языках (казахском и русском)</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="101"/>
        <source>Output:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="111"/>
        <source>&amp;Save one file per request</source>
        <translation>&amp;Сохранить по файлу на каждое обращение</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="117"/>
        <source>PDF to print or send; DOCX to edit in Word or LibreOffice</source>
        <translation>PDF — для печати или отправки; DOCX — для правки в Word или LibreOffice</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="122"/>
        <source>The folder the files are written to</source>
        <translation>Папка, в которую записываются файлы</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="127"/>
        <source>&amp;Folder…</source>
        <translation>П&amp;апка…</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="141"/>
        <source>&amp;Print them all in one print job</source>
        <translation>&amp;Напечатать все одним заданием печати</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="151"/>
        <source>The letters are drafts without outgoing numbers, and any [[blanks]] stay for you to fill in. Finalise a letter in its case.</source>
        <translation>Письма — черновики без исходящих номеров; все [[пропуски]] остаются для заполнения. Окончательно оформите письмо в его деле.</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="191"/>
        <source>&amp;Open the folder</source>
        <translation>Откры&amp;ть папку</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="209"/>
        <source>S&amp;top</source>
        <translation>Останов&amp;ить</translation>
    </message>
    <message>
        <location filename="../../../forms/batch_letters.ui" line="215"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Bugs</name>
    <message>
        <location filename="../../ui/bugs.py" line="61"/>
        <source>Derbes: something went wrong</source>
        <translation>Derbes: что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../ui/bugs.py" line="63"/>
        <source>Something went wrong inside Derbes ({error}). What you were doing may not have been finished; the window keeps working.</source>
        <translation>Внутри Derbes произошла ошибка ({error}). То, что вы делали, могло не завершиться; окно продолжает работать.</translation>
    </message>
    <message>
        <location filename="../../ui/bugs.py" line="70"/>
        <source>The details are written to the log file:
{path}</source>
        <translation>Подробности записаны в файл журнала:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/bugs.py" line="74"/>
        <source>No log file is being written.</source>
        <translation>Файл журнала не ведётся.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="70"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Календарь</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="85"/>
        <source>Working days are Monday to Friday without the public holidays and the days off the government moved, plus the working Saturdays it named. When a transfer is announced during the year, add it here as an override.</source>
        <translation>Рабочие дни — с понедельника по пятницу, кроме праздничных дней и выходных, перенесённых Правительством, а также объявленные им рабочие субботы. Если перенос объявлен в течение года, добавьте его здесь как исключение.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="95"/>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="114"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="115"/>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="116"/>
        <source>Working?</source>
        <translation>Рабочий?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="117"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="118"/>
        <source>Override</source>
        <translation>Исключение</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="154"/>
        <source>&lt;span style=&apos;background:#fbe9e7;color:#8c2a1c&apos;&gt;&amp;nbsp;12&amp;nbsp;&lt;/span&gt; day off &amp;nbsp; &lt;span style=&apos;background:#e8f3e8;color:#2e6b34&apos;&gt;&amp;nbsp;12&amp;nbsp;&lt;/span&gt; working weekend day &amp;nbsp; &lt;b&gt;&lt;u&gt;12&lt;/u&gt;&lt;/b&gt; your override</source>
        <translation>&lt;span style=&apos;background:#fbe9e7;color:#8c2a1c&apos;&gt;&amp;nbsp;12&amp;nbsp;&lt;/span&gt; выходной &amp;nbsp; &lt;span style=&apos;background:#e8f3e8;color:#2e6b34&apos;&gt;&amp;nbsp;12&amp;nbsp;&lt;/span&gt; рабочий выходной день &amp;nbsp; &lt;b&gt;&lt;u&gt;12&lt;/u&gt;&lt;/b&gt; ваше исключение</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="169"/>
        <source>&amp;Add an override…</source>
        <translation>&amp;Добавить исключение…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="171"/>
        <source>Make a date a holiday or a working day (a government transfer)</source>
        <translation>Сделать дату праздничной или рабочей (перенос по решению Правительства)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="174"/>
        <source>&amp;Edit the override…</source>
        <translation>&amp;Изменить исключение…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="177"/>
        <source>&amp;Remove the override</source>
        <translation>&amp;Удалить исключение</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="225"/>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="225"/>
        <source>day off</source>
        <translation>выходной</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="227"/>
        <source>yours</source>
        <translation>ваше</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="252"/>
        <source>%1: %2 days off on weekdays, %3 working weekend days, %4 overrides of yours</source>
        <translation>%1 год: выходных в будни — %2, рабочих выходных дней — %3, ваших исключений — %4</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="369"/>
        <source>The override is saved.</source>
        <translation>Исключение сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="378"/>
        <source>Remove the override</source>
        <translation>Удаление исключения</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="380"/>
        <source>Remove the override on %1? The day becomes what the official calendar says, and open requests&apos; due dates are counted again.</source>
        <translation>Удалить исключение на %1? День станет таким, как в официальном календаре, а сроки открытых обращений будут пересчитаны.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="389"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="410"/>
        <source>The override is removed.</source>
        <translation>Исключение удалено.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="421"/>
        <source>The override is removed from the calendar.</source>
        <translation>Исключение удалено из календаря.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/calendar_page.py" line="439"/>
        <source>Open requests whose due date moved: %n.</source>
        <translation>
            <numerusform>Открытых обращений с изменённым сроком: %n.</numerusform>
            <numerusform>Открытых обращений с изменённым сроком: %n.</numerusform>
            <numerusform>Открытых обращений с изменённым сроком: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="441"/>
        <source>Settings › Deadlines can undo it.</source>
        <translation>Отменить это можно в разделе «Настройки › Сроки».</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="443"/>
        <source>No open request&apos;s due date moved.</source>
        <translation>Сроки открытых обращений не изменились.</translation>
    </message>
</context>
<context>
    <name>CaseFileAction</name>
    <message>
        <location filename="../../ui/case_file_action.py" line="45"/>
        <source>Case &amp;file…</source>
        <translation>Материалы &amp;дела…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="47"/>
        <source>The whole case in one PDF, for the regulator or a court ({0})</source>
        <translation>Все материалы дела в одном PDF — для уполномоченного органа или суда ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="55"/>
        <source>Case file in Kazakh…</source>
        <translation>Материалы дела на казахском…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="57"/>
        <source>Case file in Russian…</source>
        <translation>Материалы дела на русском…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="92"/>
        <source>Save the case file</source>
        <translation>Сохранить материалы дела</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="98"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="124"/>
        <source>Reading the case…</source>
        <translation>Чтение дела…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="124"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="127"/>
        <location filename="../../ui/case_file_action.py" line="187"/>
        <source>Case file</source>
        <translation>Материалы дела</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="135"/>
        <source>Making the case file…</source>
        <translation>Формирование материалов дела…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="144"/>
        <source>Putting the case file together…</source>
        <translation>Сборка материалов дела…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="168"/>
        <location filename="../../ui/case_file_action.py" line="184"/>
        <source>The case file was not made</source>
        <translation>Материалы дела не сформированы</translation>
    </message>
    <message>
        <location filename="../../ui/case_file_action.py" line="178"/>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../ui/case_actions_part.py" line="30"/>
        <source>Move the request to another status</source>
        <translation>Перевести обращение в другой статус</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="31"/>
        <source>Wait for the subject&apos;s clarification: the deadline stops running</source>
        <translation>Ожидать уточнений от субъекта: течение срока приостанавливается</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="34"/>
        <source>The subject answered: the remaining working days count again</source>
        <translation>Субъект ответил: отсчёт оставшихся рабочих дней продолжается</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="37"/>
        <source>Give more time, with a reason that is recorded</source>
        <translation>Продлить срок с указанием причины (она фиксируется)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="87"/>
        <source>Case — Derbes</source>
        <translation>Дело — Derbes</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="90"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="407"/>
        <source>Letters ({0})</source>
        <translation>Письма ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="129"/>
        <source>Nobody yet</source>
        <translation>Пока никто</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="93"/>
        <source>Withdrawal</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="233"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="251"/>
        <source>This case cannot be shown: {0}</source>
        <translation>Не удаётся показать дело: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="269"/>
        <source>{number} — {sender} — Derbes</source>
        <translation>{number} — {sender} — Derbes</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="282"/>
        <source>Yes, signed by hand</source>
        <translation>Да, подписано собственноручно</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="282"/>
        <source>No handwritten signature</source>
        <translation>Собственноручной подписи нет</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="23"/>
        <source>Closed {0}</source>
        <translation>Закрыто {0}</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="26"/>
        <source>Due {0}</source>
        <translation>Срок: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="28"/>
        <source>Clock stopped · {0} working days remain</source>
        <translation>Срок приостановлен · осталось {0} раб. дн.</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="32"/>
        <source>Overdue by {0} working days · due {1}</source>
        <translation>Просрочено на {0} раб. дн. · срок {1}</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="36"/>
        <source>Due today</source>
        <translation>Срок — сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="37"/>
        <source>Due {0} · {1} working days left</source>
        <translation>Срок {0} · осталось {1} раб. дн.</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="45"/>
        <source>— (the request is {0})</source>
        <translation>— (обращение {0})</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="49"/>
        <source>{0} remain; the clock stopped on {1}</source>
        <translation>Осталось {0}; срок приостановлен {1}</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="53"/>
        <source>Overdue by {0}</source>
        <translation>Просрочено на {0}</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="57"/>
        <source>0 — due today</source>
        <translation>0 — срок сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="188"/>
        <source>none while the clock is stopped</source>
        <translation>нет, пока срок приостановлен</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="78"/>
        <location filename="../../ui/case_deadline.py" line="201"/>
        <source>{0} working days</source>
        <translation>{0} раб. дн.</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="203"/>
        <source>{0} working days + {1} by extension</source>
        <translation>{0} раб. дн. + {1} по продлению</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="73"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="74"/>
        <source>{0} — day 0</source>
        <translation>{0} — день 0</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="77"/>
        <source>Term</source>
        <translation>Срок рассмотрения</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="81"/>
        <source>Day 1</source>
        <translation>День 1</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="84"/>
        <source> on {0}</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="89"/>
        <source>Extended</source>
        <translation>Продлено</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="91"/>
        <source>+{0} working days{1}: {2}</source>
        <translation>+{0} раб. дн.{1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="101"/>
        <source>not resumed</source>
        <translation>не возобновлён</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="107"/>
        <source>Clock stopped</source>
        <translation>Срок приостановлен</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="121"/>
        <location filename="../../ui/case_deadline.py" line="126"/>
        <location filename="../../ui/case_deadline.py" line="131"/>
        <source>Not counted</source>
        <translation>Не учитывается</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="127"/>
        <source>{0} Saturdays and Sundays</source>
        <translation>суббот и воскресений: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="132"/>
        <source>{0} working days while the clock was stopped</source>
        <translation>рабочих дней, пока срок был приостановлен: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="139"/>
        <location filename="../../ui/case_deadline.py" line="148"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="141"/>
        <source>{0} — working day {1}</source>
        <translation>{0} — {1}-й рабочий день</translation>
    </message>
    <message>
        <location filename="../../ui/case_deadline.py" line="150"/>
        <source>none while the clock is stopped; {0} working days remain</source>
        <translation>нет, пока срок приостановлен; осталось {0} раб. дн.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="321"/>
        <source>No subject linked</source>
        <translation>Субъект не привязан</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="324"/>
        <source>Link the record of the person who wrote, found by IIN or by name.</source>
        <translation>Привяжите запись автора письма, найдя её по ИИН или по имени.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="326"/>
        <location filename="../../../forms/case_view.ui" line="225"/>
        <source>&amp;Link a subject…</source>
        <translation>Прив&amp;язать субъекта…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="332"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="333"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="334"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="337"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="338"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="339"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="340"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="341"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="358"/>
        <source>Reveal the IIN (Ctrl+Shift+I)</source>
        <translation>Показать ИИН (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="361"/>
        <source>&amp;Change…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="366"/>
        <source>Find the subject by IIN or name in any script (Ctrl+L)</source>
        <translation>Найти субъекта по ИИН или по имени в любом алфавите (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="369"/>
        <source>Remove the link; the subject&apos;s record stays as it is</source>
        <translation>Отвязать; запись субъекта не изменится</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="57"/>
        <source>Letter registered</source>
        <translation>Письмо зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="61"/>
        <source>Status: {0} → {1}</source>
        <translation>Статус: {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="67"/>
        <source>Clock stopped on {0}</source>
        <translation>Срок приостановлен {0}</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="71"/>
        <source>Clock resumed on {0}</source>
        <translation>Срок возобновлён {0}</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="76"/>
        <source>Extended by {0} working days, to {1}</source>
        <translation>Продлено на {0} раб. дн., до {1}</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="80"/>
        <source>Extended by {0} working days</source>
        <translation>Продлено на {0} раб. дн.</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="85"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="107"/>
        <source>Letter {0} sent on {1}: {2}</source>
        <translation>Письмо {0} отправлено {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="112"/>
        <source>Tracking number {0}</source>
        <translation>Трек-номер {0}</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="118"/>
        <source>Letter {0} delivered on {1}</source>
        <translation>Письмо {0} вручено {1}</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="122"/>
        <source>Letter {0} returned on {1}</source>
        <translation>Письмо {0} возвращено {1}</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="125"/>
        <source>No delivery notice of letter {0} within {1} days of {2}</source>
        <translation>Уведомление о вручении письма {0} не поступило в течение {1} дней с {2}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="393"/>
        <source>Timeline ({0})</source>
        <translation>Хронология ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/case_timeline.py" line="135"/>
        <source>Nothing yet.</source>
        <translation>Пока ничего нет.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="412"/>
        <source>Scans ({0})</source>
        <translation>Скан-копии ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="85"/>
        <source>Add the note to the timeline (Ctrl+Enter)</source>
        <translation>Добавить заметку в хронологию (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="91"/>
        <source>&amp;Dispatch…</source>
        <translation>&amp;Отправить…</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="115"/>
        <source>Add the Kazakh reason…</source>
        <translation>Добавить причину на казахском…</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="117"/>
        <source>Add the Russian reason…</source>
        <translation>Добавить причину на русском…</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="121"/>
        <source>The extension&apos;s reason has no text in this language: its notice in this language cannot be made until it is recorded</source>
        <translation>Причина продления не записана на этом языке: уведомление на этом языке нельзя составить, пока она не записана</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="142"/>
        <source>Record how the final letters were sent</source>
        <translation>Записать, как отправлены окончательные письма</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="144"/>
        <source>No final letter waits to be posted</source>
        <translation>Нет окончательных писем, ожидающих отправки</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="200"/>
        <source>Unlink the subject</source>
        <translation>Отвязать субъекта</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="202"/>
        <source>Unlink {0} from {1}? The subject&apos;s record stays as it is.</source>
        <translation>Отвязать субъекта {0} от обращения {1}? Запись субъекта не изменится.</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="207"/>
        <source>Unlink</source>
        <translation>Отвязать</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="246"/>
        <source>Assign the request to {0}</source>
        <translation>Поручить обращение: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions_part.py" line="250"/>
        <source>Leave the request unassigned</source>
        <translation>Оставить обращение без исполнителя</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="9"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="48"/>
        <source>Status of the request</source>
        <translation>Статус обращения</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="56"/>
        <source>Due date and working days left</source>
        <translation>Срок и оставшиеся рабочие дни</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="68"/>
        <source>Change &amp;status…</source>
        <translation>Изменить &amp;статус…</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="73"/>
        <source>Sto&amp;p the clock…</source>
        <translation>&amp;Приостановить срок…</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="78"/>
        <source>&amp;Resume the clock…</source>
        <translation>&amp;Возобновить срок…</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="83"/>
        <source>E&amp;xtend…</source>
        <translation>Прод&amp;лить…</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="124"/>
        <source>Deadline and work</source>
        <translation>Срок и исполнение</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="128"/>
        <source>Due date:</source>
        <translation>Срок исполнения:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="134"/>
        <source>Working days left:</source>
        <translation>Осталось рабочих дней:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="140"/>
        <source>Term:</source>
        <translation>Срок рассмотрения:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="147"/>
        <source>Assi&amp;gnee:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="158"/>
        <source>Who works on this request (Ctrl+Shift+A)</source>
        <translation>Кто исполняет обращение (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="163"/>
        <source>&amp;Assign</source>
        <translation>&amp;Назначить</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="177"/>
        <source>How was the due date counted?</source>
        <translation>Как рассчитан срок?</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="198"/>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="220"/>
        <source>&amp;Open subject</source>
        <translation>&amp;Открыть субъекта</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="230"/>
        <source>&amp;Unlink</source>
        <translation>Отвя&amp;зать</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="246"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="249"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="251"/>
        <source>Operator:</source>
        <translation>Оператор:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="253"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="255"/>
        <source>Sender:</source>
        <translation>Отправитель:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="257"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="259"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="261"/>
        <source>Signed:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="263"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="265"/>
        <source>Postmark:</source>
        <translation>Штемпель:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="267"/>
        <source>Letter date:</source>
        <translation>Дата письма:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="269"/>
        <source>Received:</source>
        <translation>Поступило:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="271"/>
        <source>Registered:</source>
        <translation>Регистрация:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="273"/>
        <source>Summary:</source>
        <translation>Содержание:</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="290"/>
        <source>Scans</source>
        <translation>Скан-копии</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="298"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="306"/>
        <source>Add a note to the case: what was done, who was called… (Ctrl+Enter saves)</source>
        <translation>Добавьте заметку к делу: что сделано, кому звонили… (Ctrl+Enter — сохранить)</translation>
    </message>
    <message>
        <location filename="../../../forms/case_view.ui" line="311"/>
        <source>Add &amp;note</source>
        <translation>&amp;Добавить заметку</translation>
    </message>
</context>
<context>
    <name>ChangeStatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions/status.py" line="25"/>
        <source>Change the status — {0}</source>
        <translation>Изменение статуса — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/status.py" line="29"/>
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/status.py" line="31"/>
        <source>{0} is now &lt;b&gt;{1}&lt;/b&gt;.</source>
        <translation>Текущий статус обращения {0}: &lt;b&gt;{1}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/status.py" line="63"/>
        <source>“{0}” is final: the request closes today and cannot be reopened. You will be asked to confirm.</source>
        <translation>«{0}» — окончательный статус: обращение закрывается сегодня, и открыть его снова будет нельзя. Потребуется подтверждение.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/status.py" line="73"/>
        <source>No status can follow this one.</source>
        <translation>После этого статуса другой невозможен.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/status.py" line="79"/>
        <source>Confirm a final status</source>
        <translation>Подтверждение окончательного статуса</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/status.py" line="81"/>
        <source>Mark {0} as “{1}”? This cannot be undone.</source>
        <translation>Присвоить обращению {0} статус «{1}»? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../../forms/change_status.ui" line="9"/>
        <source>Change the status</source>
        <translation>Изменение статуса</translation>
    </message>
    <message>
        <location filename="../../../forms/change_status.ui" line="24"/>
        <source>&amp;New status:</source>
        <translation>&amp;Новый статус:</translation>
    </message>
    <message>
        <location filename="../../../forms/change_status.ui" line="40"/>
        <source>N&amp;ote:</source>
        <translation>При&amp;мечание:</translation>
    </message>
    <message>
        <location filename="../../../forms/change_status.ui" line="47"/>
        <source>Optional: why, or what was done</source>
        <translation>Необязательно: причина или что сделано</translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="65"/>
        <source>Stop the clock — {0}</source>
        <translation>Приостановление срока — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="68"/>
        <source>While {0} waits for the subject&apos;s clarification its deadline does not run: the working days after the date below are not counted until the clock resumes, and then the remaining days continue.</source>
        <translation>Пока обращение {0} ожидает уточнений от субъекта, срок не течёт: рабочие дни после указанной ниже даты не учитываются до возобновления, после чего отсчёт оставшихся дней продолжается.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="73"/>
        <source>Stopped &amp;on:</source>
        <translation>&amp;Дата приостановления:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="74"/>
        <location filename="../../../forms/stop_clock.ui" line="43"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="76"/>
        <source>What was the subject asked to clarify or provide?</source>
        <translation>Что субъекту предложено уточнить или представить?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="78"/>
        <location filename="../../../forms/stop_clock.ui" line="9"/>
        <source>Stop the clock</source>
        <translation>Приостановить срок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="80"/>
        <source>Resume the clock — {0}</source>
        <translation>Возобновление срока — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="83"/>
        <source>The clock of {0} stopped on {1}. From the day after the resume date the remaining {2} working days count again.</source>
        <translation>Срок по обращению {0} приостановлен {1}. Со дня, следующего за датой возобновления, снова отсчитываются оставшиеся {2} раб. дн.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="87"/>
        <source>Resumed &amp;on:</source>
        <translation>&amp;Дата возобновления:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="88"/>
        <source>N&amp;ote:</source>
        <translation>При&amp;мечание:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="90"/>
        <source>Optional: what the subject answered, and when it arrived</source>
        <translation>Необязательно: что ответил субъект и когда поступил ответ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="92"/>
        <source>Resume the clock</source>
        <translation>Возобновить срок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/clock.py" line="137"/>
        <source>The due date becomes {0} ({1} working days after {2}).</source>
        <translation>Срок станет {0} ({1} раб. дн. после {2}).</translation>
    </message>
    <message>
        <location filename="../../../forms/stop_clock.ui" line="24"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="88"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="89"/>
        <source>Check how the file is read and which column holds which field.</source>
        <translation>Проверьте, как читается файл и какой столбец содержит какое поле.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="92"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 с BOM</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="93"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="94"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="95"/>
        <source>KZ-1048 (Kazakh)</source>
        <translation>KZ-1048 (казахская)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="100"/>
        <source>Semicolon ;</source>
        <translation>Точка с запятой ;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="101"/>
        <source>Comma ,</source>
        <translation>Запятая ,</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="102"/>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="108"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="109"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="156"/>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="175"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="179"/>
        <source>Choose the column that holds the surname.</source>
        <translation>Выберите столбец с фамилией.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="182"/>
        <source>Each field can come from one column only.</source>
        <translation>Каждое поле берётся только из одного столбца.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard.py" line="184"/>
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>Строк для импорта: %n.</numerusform>
            <numerusform>Строк для импорта: %n.</numerusform>
            <numerusform>Строк для импорта: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../ui/conflict.py" line="27"/>
        <source>Changed by someone else</source>
        <translation>Изменено кем-то другим</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="30"/>
        <source>Your change was not saved, and nothing of theirs was overwritten.</source>
        <translation>Ваше изменение не сохранено, и ничего из чужих изменений не перезаписано.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="35"/>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
</context>
<context>
    <name>ConsentDocumentDialog</name>
    <message>
        <location filename="../../ui/dialogs/consent_document_dialog.py" line="34"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_document_dialog.py" line="65"/>
        <source>The document&apos;s file</source>
        <translation>Файл документа</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_document_dialog.py" line="67"/>
        <source>Documents (*.pdf *.docx *.doc *.odt *.rtf *.txt *.html);;All files (*)</source>
        <translation>Документы (*.pdf *.docx *.doc *.odt *.rtf *.txt *.html);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="9"/>
        <source>Consent document</source>
        <translation>Документ о согласии</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="21"/>
        <source>Title (&amp;Kazakh):</source>
        <translation>Название (на &amp;казахском):</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="38"/>
        <source>Title (&amp;Russian):</source>
        <translation>Название (на &amp;русском):</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="49"/>
        <source>&amp;Edition:</source>
        <translation>Р&amp;едакция:</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="56"/>
        <source>e.g. No. 1, or the approval date</source>
        <translation>например, № 1 или дата утверждения</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="61"/>
        <source>In &amp;force from:</source>
        <translation>Действует &amp;с:</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="74"/>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="80"/>
        <source>The text of the document as published (optional when a file is attached)</source>
        <translation>Текст документа в опубликованном виде (необязательно, если приложен файл)</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="85"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="93"/>
        <source>No file</source>
        <translation>Файла нет</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="98"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../../forms/consent_document_dialog.ui" line="103"/>
        <source>C&amp;lear</source>
        <translation>О&amp;чистить</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/application.py" line="114"/>
        <source>Derbes cannot open the database</source>
        <translation>Derbes не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="120"/>
        <source>Database upgraded</source>
        <translation>База данных обновлена</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="122"/>
        <source>The database was upgraded to this version of Derbes. A backup of the old one is at:
{0}</source>
        <translation>База данных обновлена до этой версии Derbes. Резервная копия прежней базы:
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="230"/>
        <source>{0} sent requests closed: no delivery notice within the wait</source>
        <translation>Закрыто отправленных обращений: {0} — уведомление о вручении не поступило в срок ожидания</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="241"/>
        <source>Open or create a Derbes database</source>
        <translation>Открыть или создать базу данных Derbes</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="243"/>
        <source>Derbes database (*.sqlite3 *.db);;All files (*)</source>
        <translation>База данных Derbes (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="264"/>
        <source>Building the demo database…</source>
        <translation>Создание демонстрационной базы…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="264"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="266"/>
        <source>Demo database</source>
        <translation>Демонстрационная база</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../ui/screens/registry.py" line="52"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="157"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="158"/>
        <source>Due today</source>
        <translation>Срок — сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="159"/>
        <source>Due within 3 working days</source>
        <translation>Срок — в течение 3 рабочих дней</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="160"/>
        <source>Due within 10 working days</source>
        <translation>Срок — в течение 10 рабочих дней</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="161"/>
        <source>Waiting for the subject
(clock stopped)</source>
        <translation>Ожидается ответ субъекта
(срок приостановлен)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="102"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="194"/>
        <source>Open the register filtered to these requests</source>
        <translation>Открыть реестр с отбором по этим обращениям</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="130"/>
        <source>Nearest deadlines</source>
        <translation>Ближайшие сроки</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="108"/>
        <source>Show the requests of one operator</source>
        <translation>Показать обращения одного оператора</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="110"/>
        <source>Show the requests of one assignee</source>
        <translation>Показать обращения одного исполнителя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="112"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="113"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="135"/>
        <source>Due dates this month</source>
        <translation>Сроки исполнения в этом месяце</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="144"/>
        <source>Intake and the on-time rate</source>
        <translation>Поступление обращений и доля ответов в срок</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="162"/>
        <source>Answers to print
(no final letter yet)</source>
        <translation>Ответы к печати
(окончательного письма ещё нет)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="163"/>
        <source>Letters to post</source>
        <translation>Письма к отправке</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="164"/>
        <source>Posted, awaiting
a delivery notice</source>
        <translation>Отправлены, ожидается
уведомление о вручении</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="205"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="206"/>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="207"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="208"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="209"/>
        <source>Working days left</source>
        <translation>Осталось рабочих дней</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="230"/>
        <source>All operators</source>
        <translation>Все операторы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="234"/>
        <source>Operator No. {0}</source>
        <translation>Оператор № {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="243"/>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="244"/>
        <source>Nobody assigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="334"/>
        <source>Today, {0}: {1} open requests</source>
        <translation>Сегодня, {0}: открытых обращений — {1}</translation>
    </message>
</context>
<context>
    <name>DataMapEditor</name>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="40"/>
        <source>Categories of data</source>
        <translation>Категории данных</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="41"/>
        <source>Purposes</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="42"/>
        <source>Methods of processing</source>
        <translation>Способы обработки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="43"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="44"/>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="45"/>
        <source>Systems to clean</source>
        <translation>Системы для очистки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="81"/>
        <source>Kept after withdrawal</source>
        <translation>Хранится после отзыва</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="83"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="235"/>
        <source>Kazakh text needed</source>
        <translation>Нужен текст на казахском</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="237"/>
        <source>Russian text needed</source>
        <translation>Нужен текст на русском</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="241"/>
        <source>Rule incomplete</source>
        <translation>Правило не заполнено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="251"/>
        <source>%1 (%2): %3 to complete</source>
        <translation>%1 (%2): дополнить — %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="258"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_editor.py" line="268"/>
        <source>no period yet</source>
        <translation>срок ещё не указан</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="17"/>
        <source>The parts of the data map; a part with a text missing is marked</source>
        <translation>Разделы карты данных; раздел, в котором не хватает текста, отмечен</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="32"/>
        <source>Categories of personal data the operator processes. Select one to say whether the law obliges keeping it after consent is withdrawn, on what basis and for how long.</source>
        <translation>Категории персональных данных, которые обрабатывает оператор. Выберите категорию, чтобы указать, обязывает ли закон хранить её после отзыва согласия, на каком основании и как долго.</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="40"/>
        <source>&amp;Kept after consent is withdrawn (a legal obligation)</source>
        <translation>&amp;Хранится после отзыва согласия (обязанность по закону)</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="49"/>
        <source>Legal &amp;basis (Kazakh):</source>
        <translation>Правовое &amp;основание (на казахском):</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="55"/>
        <source>e.g. Құпиялылық саясатының 5.3-тармағы</source>
        <translation>например, Құпиялылық саясатының 5.3-тармағы</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="60"/>
        <source>Legal basis (&amp;Russian):</source>
        <translation>Правовое основание (на &amp;русском):</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="66"/>
        <source>e.g. п. 5.3 Политики конфиденциальности</source>
        <translation>например, п. 5.3 Политики конфиденциальности</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="71"/>
        <source>&amp;Period:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="85"/>
        <source>years</source>
        <translation>лет</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="95"/>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="107"/>
        <source>&amp;From when (Kazakh):</source>
        <translation>С &amp;какого момента (на казахском):</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="113"/>
        <source>e.g. қызметтерді пайдалану тоқтатылған күннен бастап</source>
        <translation>например, қызметтерді пайдалану тоқтатылған күннен бастап</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="118"/>
        <source>From when (R&amp;ussian):</source>
        <translation>С какого момента (на р&amp;усском):</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="124"/>
        <source>e.g. со дня прекращения пользования услугами</source>
        <translation>например, со дня прекращения пользования услугами</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="148"/>
        <source>Why the data are processed, as the consent and the policy say.</source>
        <translation>Для чего обрабатываются данные, как сказано в согласии и политике.</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="166"/>
        <source>How the data are processed: the operations (collection, storage, destruction…) and whether by automated means.</source>
        <translation>Как обрабатываются данные: действия (сбор, хранение, уничтожение…) и с использованием средств автоматизации или без них.</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="184"/>
        <source>Where the data come from: the subject, a client organisation, a creditor, the operator&apos;s systems…</source>
        <translation>Откуда поступают данные: от самого субъекта, организации-клиента, кредитора, из систем оператора…</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="202"/>
        <source>Third parties the data are passed to. Give the two-letter country of a recipient abroad (cross-border transfer); leave it empty for Kazakhstan.</source>
        <translation>Третьи лица, которым передаются данные. Для получателя за рубежом укажите страну двумя буквами (трансграничная передача); для Казахстана оставьте пустым.</translation>
    </message>
    <message>
        <location filename="../../../forms/data_map_editor.ui" line="220"/>
        <source>The systems to clean when consent is withdrawn, in the order of the checklist: each withdrawal copies them.</source>
        <translation>Системы, которые очищаются при отзыве согласия, в порядке контрольного списка: каждый отзыв копирует их.</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../ui/settings/database_page.py" line="47"/>
        <source>Password of {user} on {server}:</source>
        <translation>Пароль пользователя {user} на {server}:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="51"/>
        <source>This computer has no system keyring, so the password is asked for at each start.</source>
        <translation>На этом компьютере нет системного хранилища паролей, поэтому пароль запрашивается при каждом запуске.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="57"/>
        <source>Database password</source>
        <translation>Пароль базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="69"/>
        <source>Data&amp;base</source>
        <translation>Ба&amp;за данных</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="82"/>
        <source>A &amp;file on this computer (SQLite)</source>
        <translation>&amp;Файл на этом компьютере (SQLite)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="84"/>
        <source>A &amp;server for the team (PostgreSQL)</source>
        <translation>&amp;Сервер для команды (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="94"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="97"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
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
        <translation>База данных:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="117"/>
        <source>Your login:</source>
        <translation>Ваш логин:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="120"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="122"/>
        <source>&amp;Keep the password in the system keyring</source>
        <translation>&amp;Хранить пароль в системном хранилище ключей</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="133"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="135"/>
        <source>&amp;Save</source>
        <translation>Сохр&amp;анить</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="137"/>
        <source>&amp;Open it now</source>
        <translation>&amp;Открыть сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="174"/>
        <source>Open now: {database}. You act as {login} in the audit log.</source>
        <translation>Сейчас открыта: {database}. В журнале аудита ваши действия записываются от имени {login}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="190"/>
        <source>The password is kept in the system keyring, never in a file.</source>
        <translation>Пароль хранится в системном хранилище ключей и никогда — в файле.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="193"/>
        <source>This computer has no system keyring: the password is not kept, and Derbes asks for it at each start.</source>
        <translation>На этом компьютере нет системного хранилища ключей: пароль не сохраняется, и Derbes запрашивает его при каждом запуске.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="229"/>
        <source>A Derbes database file</source>
        <translation>Файл базы данных Derbes</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="231"/>
        <source>Derbes database (*.sqlite3 *.db);;All files (*)</source>
        <translation>База данных Derbes (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="260"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="272"/>
        <source>it is empty: Derbes creates its tables when it opens it.</source>
        <translation>она пуста: Derbes создаст свои таблицы при её открытии.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="274"/>
        <source>its tables are those of this version of Derbes.</source>
        <translation>её таблицы соответствуют этой версии Derbes.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="276"/>
        <source>Derbes upgrades its tables (after a backup) when it opens it.</source>
        <translation>Derbes обновит её таблицы (после создания резервной копии) при её открытии.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="279"/>
        <source>Connected to {database} as {login}; {state}</source>
        <translation>Подключено к {database} как {login}; {state}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="286"/>
        <source>Cannot connect: {0}</source>
        <translation>Не удаётся подключиться: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="300"/>
        <source>The password is in the system keyring.</source>
        <translation>Пароль хранится в системном хранилище ключей.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="303"/>
        <source>The password is not kept: Derbes asks for it at each start.</source>
        <translation>Пароль не сохраняется: Derbes запрашивает его при каждом запуске.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_page.py" line="308"/>
        <source>Saved: Derbes opens {database} at the next start.</source>
        <translation>Сохранено: при следующем запуске Derbes откроет {database}.</translation>
    </message>
</context>
<context>
    <name>DayKinds</name>
    <message>
        <location filename="../../ui/day_kinds.py" line="14"/>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <location filename="../../ui/day_kinds.py" line="15"/>
        <source>weekend</source>
        <translation>выходной день</translation>
    </message>
    <message>
        <location filename="../../ui/day_kinds.py" line="16"/>
        <source>public holiday</source>
        <translation>праздничный день</translation>
    </message>
    <message>
        <location filename="../../ui/day_kinds.py" line="17"/>
        <source>day off moved from a working weekend day</source>
        <translation>выходной, перенесённый с рабочего выходного дня</translation>
    </message>
    <message>
        <location filename="../../ui/day_kinds.py" line="20"/>
        <source>transferred working day</source>
        <translation>перенесённый рабочий день</translation>
    </message>
    <message>
        <location filename="../../ui/day_kinds.py" line="21"/>
        <source>the clock was stopped</source>
        <translation>срок приостановлен</translation>
    </message>
    <message>
        <location filename="../../ui/day_kinds.py" line="24"/>
        <source>holiday (override)</source>
        <translation>праздник (исключение)</translation>
    </message>
    <message>
        <location filename="../../ui/day_kinds.py" line="25"/>
        <source>working day (override)</source>
        <translation>рабочий день (исключение)</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="34"/>
        <source>&amp;Deadlines</source>
        <translation>С&amp;роки</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="49"/>
        <source>How many working days each type of request has. The day of receipt is day 0; day 1 is the next working day. When a term changes, the due dates of open requests are counted again (you see which ones move before they do, and can undo it); closed requests keep theirs.</source>
        <translation>Сколько рабочих дней отводится на каждый тип обращения. День поступления — день 0; день 1 — следующий рабочий день. При изменении срока сроки открытых обращений пересчитываются (вы заранее видите, какие из них сдвинутся, и можете отменить изменение); у закрытых обращений сроки сохраняются.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="64"/>
        <source>Type of request</source>
        <translation>Тип обращения</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="64"/>
        <source>Working days</source>
        <translation>Рабочие дни</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="64"/>
        <source>Basis of the term</source>
        <translation>Основание срока</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="80"/>
        <source> working days</source>
        <translation> раб. дн.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="87"/>
        <source>Where the term comes from</source>
        <translation>На чём основан срок</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="99"/>
        <source>Apply the s&amp;tatutory terms</source>
        <translation>Применить &amp;установленные законом сроки</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="103"/>
        <source>Consent withdrawal 15, access 3, correction, blocking and destruction 1 working day (Law 94-V); the other types keep 30</source>
        <translation>Отзыв согласия — 15, получение сведений — 3, изменение, блокирование и уничтожение — 1 рабочий день (Закон № 94-V); остальные типы — 30</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="108"/>
        <source>Back to &amp;30 working days</source>
        <translation>Вернуть &amp;30 рабочих дней</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="110"/>
        <source>30 working days for every type of request</source>
        <translation>30 рабочих дней для всех типов обращений</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="111"/>
        <source>&amp;Save the terms</source>
        <translation>Со&amp;хранить сроки</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="112"/>
        <source>&amp;Undo the edits</source>
        <translation>Отменить &amp;изменения</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="114"/>
        <source>Und&amp;o the last change of due dates</source>
        <translation>&amp;Отменить последнее изменение сроков</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="153"/>
        <source>Puts back the terms or calendar day and the due dates changed on {0} by {1}</source>
        <translation>Возвращает прежние сроки или день календаря и сроки обращений, изменённые {0}; изменение внёс {1}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="184"/>
        <source>In force: 30 working days for every type (the operator&apos;s policy)</source>
        <translation>Действует: 30 рабочих дней для всех типов (политика оператора)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="185"/>
        <source>In force: the statutory terms (Law 94-V)</source>
        <translation>Действуют: установленные законом сроки (Закон № 94-V)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="186"/>
        <source>In force: terms set by the operator</source>
        <translation>Действуют: сроки, установленные оператором</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="231"/>
        <source>The terms you edited apply to them.</source>
        <translation>К ним применяются изменённые вами сроки.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="236"/>
        <source>The statutory terms (Law 94-V) apply to them.</source>
        <translation>К ним применяются установленные законом сроки (Закон № 94-V).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="237"/>
        <source>30 working days apply to them.</source>
        <translation>К ним применяются 30 рабочих дней.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="268"/>
        <source>Nothing changed: the due dates stay as they were.</source>
        <translation>Ничего не изменилось: сроки остаются прежними.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/deadlines_page.py" line="279"/>
        <source>Saved. Open requests whose due date moved: %n.</source>
        <translation>
            <numerusform>Сохранено. Открытых обращений с изменённым сроком: %n.</numerusform>
            <numerusform>Сохранено. Открытых обращений с изменённым сроком: %n.</numerusform>
            <numerusform>Сохранено. Открытых обращений с изменённым сроком: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/deadlines_page.py" line="281"/>
        <source>Saved. No open request&apos;s due date moved.</source>
        <translation>Сохранено. Сроки открытых обращений не изменились.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/deadlines_page.py" line="296"/>
        <source>Undone. Due dates put back as they were: %n.</source>
        <translation>
            <numerusform>Изменение отменено. Восстановлено прежних сроков: %n.</numerusform>
            <numerusform>Изменение отменено. Восстановлено прежних сроков: %n.</numerusform>
            <numerusform>Изменение отменено. Восстановлено прежних сроков: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/deadlines_page.py" line="299"/>
        <source>Changed since, so counted again under the previous terms: %n.</source>
        <translation>
            <numerusform>С тех пор изменены и потому пересчитаны по прежним срокам: %n.</numerusform>
            <numerusform>С тех пор изменены и потому пересчитаны по прежним срокам: %n.</numerusform>
            <numerusform>С тех пор изменены и потому пересчитаны по прежним срокам: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="46"/>
        <source>Registered post</source>
        <translation>Заказное письмо</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="47"/>
        <source>Hand delivery</source>
        <translation>Вручение нарочно</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="48"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="49"/>
        <source>Courier</source>
        <translation>Курьер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="70"/>
        <source>&amp;Dispatch</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="76"/>
        <source>up to {0} g</source>
        <translation>до {0} г</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="80"/>
        <source>Dispatch letter {0}</source>
        <translation>Отправка письма № {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="82"/>
        <source>Dispatch {0} letters</source>
        <translation>Отправка писем: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialog.py" line="154"/>
        <source>not S10</source>
        <translation>не S10</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="9"/>
        <source>Dispatch letters</source>
        <translation>Отправка писем</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="20"/>
        <source>Record how and when the letters left the office. Sending an answer moves its request to “sent”.</source>
        <translation>Укажите, как и когда письма отправлены. Отправка ответа переводит обращение в статус «Отправлено».</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="30"/>
        <source>&amp;Method:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="39"/>
        <source>&amp;Sent on:</source>
        <translation>Дата &amp;отправки:</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="57"/>
        <source>&amp;Weight class:</source>
        <translation>&amp;Весовая категория:</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="66"/>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="83"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="84"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="85"/>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="86"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../../forms/dispatch_dialog.ui" line="97"/>
        <source>&amp;Keep the numbers that are not UPU S10 as typed</source>
        <translation>&amp;Сохранить номера не в формате UPU S10 как введены</translation>
    </message>
</context>
<context>
    <name>DispatchOpen</name>
    <message>
        <location filename="../../ui/dispatch_open.py" line="38"/>
        <source>Dispatch</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location filename="../../ui/dispatch_open.py" line="39"/>
        <source>Nothing to dispatch: no final letter of the selection waits to be posted.</source>
        <translation>Отправлять нечего: ни одно окончательное письмо выбранных обращений не ожидает отправки.</translation>
    </message>
</context>
<context>
    <name>DueCalendar</name>
    <message>
        <location filename="../../ui/dashboard/calendar.py" line="55"/>
        <source>Requests due this month: {0}. Choose a day to list its requests.</source>
        <translation>Обращений со сроком в этом месяце: {0}. Выберите день, чтобы увидеть их список.</translation>
    </message>
</context>
<context>
    <name>DueChangesDialog</name>
    <message>
        <location filename="../../ui/settings/due_preview.py" line="28"/>
        <source>clock stopped</source>
        <translation>срок приостановлен</translation>
    </message>
    <message>
        <location filename="../../ui/settings/due_preview.py" line="38"/>
        <source>Due dates that will move</source>
        <translation>Сроки, которые сдвинутся</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/due_preview.py" line="44"/>
        <source>%n open request(s) will get a new due date. {0} You can undo the whole change afterwards.</source>
        <translation>
            <numerusform>%n открытое обращение получит новый срок. {0} Всё изменение можно будет отменить позже.</numerusform>
            <numerusform>%n открытых обращения получат новый срок. {0} Всё изменение можно будет отменить позже.</numerusform>
            <numerusform>%n открытых обращений получат новый срок. {0} Всё изменение можно будет отменить позже.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/due_preview.py" line="58"/>
        <source>Request</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/settings/due_preview.py" line="59"/>
        <source>Due date now</source>
        <translation>Текущий срок</translation>
    </message>
    <message>
        <location filename="../../ui/settings/due_preview.py" line="60"/>
        <source>New due date</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <location filename="../../ui/settings/due_preview.py" line="61"/>
        <source>Working days</source>
        <translation>Рабочие дни</translation>
    </message>
    <message>
        <location filename="../../ui/settings/due_preview.py" line="83"/>
        <source>&amp;Apply and move them</source>
        <translation>&amp;Применить и сдвинуть сроки</translation>
    </message>
</context>
<context>
    <name>DueCounts</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/register_letter_due.py" line="140"/>
        <source>%n working day(s) from today</source>
        <translation>
            <numerusform>через %n рабочий день</numerusform>
            <numerusform>через %n рабочих дня</numerusform>
            <numerusform>через %n рабочих дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/register_letter_due.py" line="143"/>
        <source>%n working day(s) after the receipt</source>
        <translation>
            <numerusform>%n рабочий день после поступления</numerusform>
            <numerusform>%n рабочих дня после поступления</numerusform>
            <numerusform>%n рабочих дней после поступления</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/register_letter_due.py" line="146"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n рабочий день</numerusform>
            <numerusform>%n рабочих дня</numerusform>
            <numerusform>%n рабочих дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/register_letter_due.py" line="149"/>
        <source>Not counted: %n non-working day(s)</source>
        <translation>
            <numerusform>Не учитывается: %n нерабочий день</numerusform>
            <numerusform>Не учитываются: %n нерабочих дня</numerusform>
            <numerusform>Не учитываются: %n нерабочих дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueDatePart</name>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="172"/>
        <source>Correct the received date to see the due date.</source>
        <translation>Исправьте дату поступления, чтобы увидеть срок.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="188"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="211"/>
        <source>overdue already</source>
        <translation>уже просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="214"/>
        <source>due today</source>
        <translation>срок сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="226"/>
        <source>{0}  ·  {1}</source>
        <translation>{0}  ·  {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="246"/>
        <source>Received (day 0)</source>
        <translation>Поступило (день 0)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="253"/>
        <source>Day 1</source>
        <translation>День 1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="260"/>
        <source>Term</source>
        <translation>Срок рассмотрения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="267"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="268"/>
        <source>{0}: working day {1}</source>
        <translation>{0}: {1}-й рабочий день</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="295"/>
        <source>No non-working day falls within the term.</source>
        <translation>В срок не попадает ни одного нерабочего дня.</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="64"/>
        <source>How the due date was counted</source>
        <translation>Как рассчитан срок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_due.py" line="69"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions/extend.py" line="45"/>
        <source>Extend the deadline — {0}</source>
        <translation>Продление срока — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/extend.py" line="60"/>
        <source>The current due date is &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Текущий срок: &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/extend.py" line="78"/>
        <source>Counting the new due date…</source>
        <translation>Расчёт нового срока…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/extend.py" line="84"/>
        <source>The letter came in Russian: the notice will say the reason in Russian, so it is required. Add it in Kazakh too if the notice may go out in Kazakh or in both languages.</source>
        <translation>Письмо поступило на русском языке: в уведомлении причина будет указана на русском, поэтому она обязательна. Укажите её и на казахском, если уведомление может быть направлено на казахском или на двух языках.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/extend.py" line="89"/>
        <source>The notice will say the reason in Kazakh, so it is required. Add it in Russian too if the notice may go out in Russian or in both languages.</source>
        <translation>В уведомлении причина будет указана на казахском, поэтому она обязательна. Укажите её и на русском, если уведомление может быть направлено на русском или на двух языках.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/extend.py" line="165"/>
        <source>Choose a later working day.</source>
        <translation>Выберите более поздний рабочий день.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/extend.py" line="169"/>
        <source>New due date: &lt;b&gt;{0}&lt;/b&gt; — {1} working days after {2}.</source>
        <translation>Новый срок: &lt;b&gt;{0}&lt;/b&gt; — {1} раб. дн. после {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/extend.py" line="173"/>
        <source>Extend to {0}</source>
        <translation>Продлить до {0}</translation>
    </message>
    <message>
        <location filename="../../../forms/extend.ui" line="9"/>
        <source>Extend the deadline</source>
        <translation>Продление срока</translation>
    </message>
    <message>
        <location filename="../../../forms/extend.ui" line="30"/>
        <source>Reason in &amp;Kazakh:</source>
        <translation>Причина на &amp;казахском:</translation>
    </message>
    <message>
        <location filename="../../../forms/extend.ui" line="37"/>
        <source>Why the answer needs more time, in Kazakh, as the notice will say</source>
        <translation>Почему для ответа нужно больше времени — на казахском, как будет указано в уведомлении</translation>
    </message>
    <message>
        <location filename="../../../forms/extend.ui" line="49"/>
        <source>Reason in R&amp;ussian:</source>
        <translation>Причина на &amp;русском:</translation>
    </message>
    <message>
        <location filename="../../../forms/extend.ui" line="56"/>
        <source>The same reason in Russian, as a Russian notice will say</source>
        <translation>Та же причина на русском — как будет указано в уведомлении на русском языке</translation>
    </message>
    <message>
        <location filename="../../../forms/extend.ui" line="68"/>
        <source>&amp;By working days:</source>
        <translation>&amp;На число рабочих дней:</translation>
    </message>
    <message>
        <location filename="../../../forms/extend.ui" line="81"/>
        <source>&amp;To a new due date:</source>
        <translation>&amp;До новой даты:</translation>
    </message>
</context>
<context>
    <name>ExtensionReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions/extension_reason.py" line="32"/>
        <source>The extension&apos;s reason — {0}</source>
        <translation>Причина продления — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/extension_reason.py" line="46"/>
        <source>The notice says the reason in its own language: write it in Kazakh and in Russian. The due date stays as it is.</source>
        <translation>Уведомление указывает причину на своём языке: напишите её на казахском и на русском. Срок остаётся прежним.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/extension_reason.py" line="56"/>
        <source>Record the reason</source>
        <translation>Записать причину</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="56"/>
        <source>Choose the file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="59"/>
        <source>A CSV file (as Excel saves it) or an XLSX workbook, one subject a row, headers on the first row.</source>
        <translation>Файл CSV (как его сохраняет Excel) или книга XLSX: по одному субъекту в строке, заголовки в первой строке.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="64"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="67"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="73"/>
        <source>Import subjects</source>
        <translation>Импорт субъектов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="73"/>
        <source>Tables (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>Таблицы (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../ui/settings/general_page.py" line="37"/>
        <source>&amp;General</source>
        <translation>О&amp;бщие</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="49"/>
        <source>Where subjects may appeal</source>
        <translation>Куда субъекты могут обжаловать</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="54"/>
        <source>Refusals and answers to claims name the authorized body for the protection of personal data, where the subject may appeal.</source>
        <translation>В отказах и ответах на жалобы указывается уполномоченный орган по защите персональных данных, куда субъект может обжаловать решение.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="63"/>
        <source>In &amp;Kazakh:</source>
        <translation>На ка&amp;захском:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="63"/>
        <source>In &amp;Russian:</source>
        <translation>На р&amp;усском:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="82"/>
        <source>Put back the s&amp;tandard name</source>
        <translation>Вернуть стандартное &amp;название</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="84"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="95"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="100"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="107"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="112"/>
        <source>The window is built again in the language chosen, with the screen you are on; case windows open now close.</source>
        <translation>Окно строится заново на выбранном языке, с тем же экраном; открытые окна дел закрываются.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="130"/>
        <source>Clarification letters</source>
        <translation>Письма с запросом уточнений</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="135"/>
        <source>A clarification asks the subject to reply by a date this many working days after the letter&apos;s date.</source>
        <translation>Запрос уточнений просит субъекта ответить в течение стольких рабочих дней с даты письма.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="145"/>
        <source> working days</source>
        <translation> рабочих дней</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="148"/>
        <source>Sa&amp;ve</source>
        <translation>Сохр&amp;анить</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="151"/>
        <source>Reply &amp;within:</source>
        <translation>Срок &amp;ответа:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/general_page.py" line="261"/>
        <source>Clarifications now ask for a reply within %n working day(s).</source>
        <translation>
            <numerusform>Теперь запросы уточнений просят ответить в течение %n рабочих дней.</numerusform>
            <numerusform>Теперь запросы уточнений просят ответить в течение %n рабочих дней.</numerusform>
            <numerusform>Теперь запросы уточнений просят ответить в течение %n рабочих дней.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="278"/>
        <source>%1 is chosen.</source>
        <translation>Выбран язык: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="197"/>
        <source>Required: letters in this language name the body.</source>
        <translation>Обязательно: в письмах на этом языке указывается этот орган.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general_page.py" line="221"/>
        <source>The name of the appeal body is saved.</source>
        <translation>Название органа для обжалования сохранено.</translation>
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
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="214"/>
        <source>Importing…</source>
        <translation>Идёт импорт…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard.py" line="255"/>
        <source>Imported %n row(s): </source>
        <translation>
            <numerusform>Импортировано строк: %n: </numerusform>
            <numerusform>Импортировано строк: %n: </numerusform>
            <numerusform>Импортировано строк: %n: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="256"/>
        <source>{added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>добавлено {added}, обновлено {updated}, без изменений {unchanged}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard.py" line="271"/>
        <source>Nothing was imported: %n row(s) must be corrected first.</source>
        <translation>
            <numerusform>Ничего не импортировано: сначала нужно исправить строк: %n.</numerusform>
            <numerusform>Ничего не импортировано: сначала нужно исправить строк: %n.</numerusform>
            <numerusform>Ничего не импортировано: сначала нужно исправить строк: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="280"/>
        <source>Line {line}: {problem}</source>
        <translation>Строка {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="286"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Импорт отменён: ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="288"/>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="39"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="40"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="41"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="42"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="43"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
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
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="47"/>
        <source>Account / login</source>
        <translation>Учётная запись / логин</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="48"/>
        <source>Client organisation</source>
        <translation>Организация клиента</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="49"/>
        <source>Client BIN</source>
        <translation>БИН клиента</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="307"/>
        <source>Import subjects</source>
        <translation>Импорт субъектов</translation>
    </message>
</context>
<context>
    <name>IntakeChart</name>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="44"/>
        <source>Requests received per month, and the share answered on time</source>
        <translation>Поступившие обращения по месяцам и доля отвеченных в срок</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="66"/>
        <source>On time, %</source>
        <translation>В срок, %</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="82"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="87"/>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Consent withdrawal</source>
        <translation>Отзыв согласия</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Pre-trial claim</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Access to data</source>
        <translation>Получение сведений</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Correction</source>
        <translation>Изменение, дополнение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Blocking</source>
        <translation>Блокирование</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Destruction</source>
        <translation>Уничтожение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Objection to advertising</source>
        <translation>Отказ от рекламы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Waiting for subject</source>
        <translation>Ожидает субъекта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Answer ready</source>
        <translation>Ответ готов</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Post</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Registered post</source>
        <translation>Заказное письмо</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Courier</source>
        <translation>Курьер</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>State service (eGov)</source>
        <translation>Госуслуга (eGov)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Due today</source>
        <translation>Срок — сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Within 3 working days</source>
        <translation>В течение 3 рабочих дней</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Within 10 working days</source>
        <translation>В течение 10 рабочих дней</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Clock stopped</source>
        <translation>Срок приостановлен</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Done</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Processing stopped</source>
        <translation>Обработка прекращена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Deregistered</source>
        <translation>Снят с учёта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Anonymised</source>
        <translation>Обезличен</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Merged into another record</source>
        <translation>Объединена с другой записью</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Operator&apos;s policy: the response period is 30 working days</source>
        <translation>Политика оператора: срок ответа — 30 рабочих дней</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Law 94-V art. 8(7) (as amended 2026): 15 working days</source>
        <translation>Закон № 94-V, п. 7 ст. 8 (в ред. 2026 г.): 15 рабочих дней</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Law 94-V: information on request within 3 working days</source>
        <translation>Закон № 94-V: сведения по запросу — в течение 3 рабочих дней</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Law 94-V: correction within 1 working day</source>
        <translation>Закон № 94-V: изменение, дополнение — в течение 1 рабочего дня</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Law 94-V: blocking within 1 working day</source>
        <translation>Закон № 94-V: блокирование — в течение 1 рабочего дня</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Law 94-V: destruction within 1 working day</source>
        <translation>Закон № 94-V: уничтожение — в течение 1 рабочего дня</translation>
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
        <translation>Письмо № {0}, адресат: {1}, отправлено {2}</translation>
    </message>
    <message>
        <location filename="../../../forms/letter_outcome.ui" line="9"/>
        <source>Delivery notice or return</source>
        <translation>Уведомление о вручении или возврат</translation>
    </message>
    <message>
        <location filename="../../../forms/letter_outcome.ui" line="26"/>
        <source>The letter was:</source>
        <translation>Письмо:</translation>
    </message>
    <message>
        <location filename="../../../forms/letter_outcome.ui" line="33"/>
        <source>&amp;delivered (the delivery notice came back)</source>
        <translation>&amp;вручено (уведомление вернулось)</translation>
    </message>
    <message>
        <location filename="../../../forms/letter_outcome.ui" line="39"/>
        <source>&amp;returned undelivered</source>
        <translation>&amp;возвращено невручённым</translation>
    </message>
    <message>
        <location filename="../../../forms/letter_outcome.ui" line="46"/>
        <source>&amp;On:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../../forms/letter_outcome.ui" line="64"/>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <location filename="../../../forms/letter_outcome.ui" line="71"/>
        <source>e.g. the addressee has moved</source>
        <translation>например, адресат выбыл</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../ui/letters/names.py" line="13"/>
        <source>Acknowledgement of receipt</source>
        <translation>Уведомление о регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="14"/>
        <source>Deregistration confirmation</source>
        <translation>Подтверждение снятия с учёта</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="15"/>
        <source>Response to a claim</source>
        <translation>Ответ на жалобу</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="16"/>
        <source>Reasoned refusal</source>
        <translation>Мотивированный отказ</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="17"/>
        <source>Request for clarification</source>
        <translation>Запрос уточнений</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="18"/>
        <source>Access response</source>
        <translation>Предоставление сведений</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="19"/>
        <source>Extension notice</source>
        <translation>Уведомление о продлении</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="20"/>
        <source>Destruction act (internal)</source>
        <translation>Акт об уничтожении (внутренний)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="23"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="24"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="25"/>
        <source>Kazakh and Russian (bilingual)</source>
        <translation>Казахский и русский (двуязычное)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="28"/>
        <source>The withdrawal contradicts the law (art. 8(2))</source>
        <translation>Отзыв противоречит закону (п. 2 ст. 8)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="29"/>
        <source>An obligation is unfulfilled (art. 8(2))</source>
        <translation>Имеется неисполненное обязательство (п. 2 ст. 8)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="32"/>
        <source>Destroyed</source>
        <translation>Уничтожены</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="33"/>
        <source>Anonymised</source>
        <translation>Обезличены</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="34"/>
        <source>Blocked and retained</source>
        <translation>Заблокированы и хранятся</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="37"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="38"/>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="39"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="40"/>
        <source>Clock</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/letters/names.py" line="41"/>
        <source>Request</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/letters/files.py" line="43"/>
        <source>Save the letter as PDF</source>
        <translation>Сохранить письмо в PDF</translation>
    </message>
    <message>
        <location filename="../../ui/letters/files.py" line="45"/>
        <source>Save the letter as DOCX</source>
        <translation>Сохранить письмо в DOCX</translation>
    </message>
    <message>
        <location filename="../../ui/letters/files.py" line="54"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/files.py" line="56"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="139"/>
        <source>&amp;Prepare letter…</source>
        <translation>Под&amp;готовить письмо…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="140"/>
        <source>Write an answer, a notice or an act for this request (Ctrl+Shift+L)</source>
        <translation>Написать ответ, уведомление или акт по этому обращению (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="145"/>
        <location filename="../../ui/widgets/letters_panel.py" line="335"/>
        <source>&amp;Open</source>
        <translation>Откр&amp;ыть</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="146"/>
        <source>Continue the draft, or look at the final letter (Enter)</source>
        <translation>Продолжить черновик или просмотреть оформленное письмо (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="151"/>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="152"/>
        <source>A final letter is saved exactly as stored</source>
        <translation>Оформленное письмо сохраняется точно в том виде, в каком хранится</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="157"/>
        <source>Export DOCX…</source>
        <translation>Экспорт в DOCX…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="158"/>
        <source>The letter as an editable Word document</source>
        <translation>Письмо в виде редактируемого документа Word</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="162"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="162"/>
        <source>Print the letter</source>
        <translation>Напечатать письмо</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="166"/>
        <source>Discard draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="167"/>
        <source>Delete the draft; final letters are never deleted</source>
        <translation>Удалить черновик; оформленные письма никогда не удаляются</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="188"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="189"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="190"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="191"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="192"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="193"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="208"/>
        <source>No letters yet. “Prepare letter…” writes the answer to this request.</source>
        <translation>Писем пока нет. Ответ на это обращение пишется кнопкой «Подготовить письмо…».</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="260"/>
        <source>The letters cannot be shown: {0}</source>
        <translation>Не удаётся показать письма: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="278"/>
        <source>The stored PDF does not match its SHA-256: it was altered</source>
        <translation>Хранимый PDF не совпадает со своим SHA-256: он был изменён</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="299"/>
        <source>Final</source>
        <translation>Оформлено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="299"/>
        <source>Final — PDF altered!</source>
        <translation>Оформлено — PDF изменён!</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="302"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="335"/>
        <source>&amp;Continue</source>
        <translation>Продолжи&amp;ть</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="400"/>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="403"/>
        <source>Saving {0}…</source>
        <translation>Сохранение: {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="430"/>
        <source>Sent {0} pages to the printer</source>
        <translation>На принтер отправлено страниц: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="444"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="458"/>
        <source>Discard the draft</source>
        <translation>Удаление черновика</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="459"/>
        <source>Discard the draft “{0}”?</source>
        <translation>Удалить черновик «{0}»?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="460"/>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="492"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="499"/>
        <source>The stored letter was altered</source>
        <translation>Хранимое письмо было изменено</translation>
    </message>
</context>
<context>
    <name>LinkSubjectDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="37"/>
        <source>Link a subject — {0}</source>
        <translation>Привязка субъекта — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="41"/>
        <source>&amp;Link</source>
        <translation>&amp;Привязать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="47"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="48"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="49"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="50"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="51"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="65"/>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="118"/>
        <source>Type an IIN or a name.</source>
        <translation>Введите ИИН или имя.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="87"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="113"/>
        <source>Linked to this request now</source>
        <translation>Сейчас привязан к этому обращению</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="121"/>
        <source>Nobody of this operator matches “{0}”. Check the IIN, or try the surname alone.</source>
        <translation>У этого оператора никто не соответствует запросу «{0}». Проверьте ИИН или попробуйте искать только по фамилии.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="124"/>
        <source>{0} found. Choose one and press Link (or Enter).</source>
        <translation>Найдено: {0}. Выберите одного и нажмите «Привязать» (или Enter).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_actions/link_subject.py" line="147"/>
        <source>Choose the subject in the list first.</source>
        <translation>Сначала выберите субъекта в списке.</translation>
    </message>
    <message>
        <location filename="../../../forms/link_subject.ui" line="9"/>
        <source>Link a subject</source>
        <translation>Привязка субъекта</translation>
    </message>
    <message>
        <location filename="../../../forms/link_subject.ui" line="17"/>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location filename="../../../forms/link_subject.ui" line="23"/>
        <source>IIN, or a name in Kazakh, Russian or Latin letters</source>
        <translation>ИИН или имя казахскими, русскими или латинскими буквами</translation>
    </message>
    <message>
        <location filename="../../../forms/link_subject.ui" line="32"/>
        <source>Names match across scripts: Әлиев, Алиев and Aliyev find each other. Only subjects of this request&apos;s operator are listed.</source>
        <translation>Имена сопоставляются в разных алфавитах: Әлиев, Алиев и Aliyev находят друг друга. Показаны только субъекты оператора этого обращения.</translation>
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
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>&amp;Register a letter…</source>
        <translation>&amp;Зарегистрировать письмо…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Export register…</source>
        <translation>&amp;Экспорт реестра…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Print register…</source>
        <translation>&amp;Печать реестра…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Open the &amp;demo database</source>
        <translation>Открыть &amp;демонстрационную базу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>&amp;About Derbes</source>
        <translation>&amp;О программе Derbes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Open the Requests or Outgoing screen to export its register.</source>
        <translation>Чтобы выгрузить реестр, откройте экран «Обращения» или «Исходящие».</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Open the Requests or Outgoing screen to print its register.</source>
        <translation>Чтобы напечатать реестр, откройте экран «Обращения» или «Исходящие».</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="44"/>
        <source>Merge two records of one person</source>
        <translation>Объединение двух записей одного человека</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="60"/>
        <source>The other record&apos;s letters, consents and requests move to this one, and what this one lacks (an IIN, contacts…) is taken from it. The other record then only points here and cannot be merged again.</source>
        <translation>Письма, согласия и обращения другой записи переходят в эту, а недостающие в этой записи сведения (ИИН, контакты…) берутся из неё. После этого другая запись лишь указывает на эту, и повторно объединить её нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="68"/>
        <source>&amp;Find the other record (IIN or name):</source>
        <translation>&amp;Найти другую запись (ИИН или ФИО):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="91"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="110"/>
        <source>Record kept: {0}</source>
        <translation>Сохраняемая запись: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="119"/>
        <source>requests: {0}, consents: {1}, letters: {2}</source>
        <translation>обращений: {0}, согласий: {1}, писем: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="133"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="157"/>
        <source>Type an IIN or a name.</source>
        <translation>Введите ИИН или ФИО.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="160"/>
        <source>No other record of this operator matches “{0}”.</source>
        <translation>Ни одна другая запись этого оператора не соответствует запросу «{0}».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="163"/>
        <source>Choose the record to merge into the one kept.</source>
        <translation>Выберите запись, которую нужно объединить с сохраняемой.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="196"/>
        <source>Moves to the record kept: {0}.</source>
        <translation>Переходит в сохраняемую запись: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="198"/>
        <source>The record kept takes: {0}.</source>
        <translation>Сохраняемая запись получает: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="209"/>
        <source>given name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="210"/>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="211"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="212"/>
        <source>birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="213"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="214"/>
        <source>e-mail</source>
        <translation>электронная почта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="215"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="216"/>
        <source>account / login</source>
        <translation>учётная запись / логин</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="217"/>
        <source>client organisation</source>
        <translation>организация-клиент</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="218"/>
        <source>client&apos;s BIN</source>
        <translation>БИН клиента</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>Something went wrong inside Derbes; nothing was saved.

{error}</source>
        <translation>Внутренняя ошибка Derbes; ничего не сохранено.

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
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="59"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="208"/>
        <location filename="../../ui/dialogs/operator_dialog.py" line="209"/>
        <source>New operator profile</source>
        <translation>Новый профиль оператора</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="211"/>
        <source>Edit the operator profile</source>
        <translation>Изменение профиля оператора</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="212"/>
        <location filename="../../../forms/operator_dialog.ui" line="20"/>
        <location filename="../../../forms/operator_dialog.ui" line="44"/>
        <source>Operator profile</source>
        <translation>Профиль оператора</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="234"/>
        <source>The first operator is the default one.</source>
        <translation>Первый оператор становится оператором по умолчанию.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="315"/>
        <source>A valid BIN: the check digit matches.</source>
        <translation>БИН действителен: контрольная цифра совпадает.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="318"/>
        <source>%1 of 12 digits</source>
        <translation>%1 из 12 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="343"/>
        <source>Example: —</source>
        <translation>Пример: —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="345"/>
        <source>Example: %1</source>
        <translation>Пример: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="361"/>
        <source>A recipient abroad is listed on the Data map tab.</source>
        <translation>На вкладке «Карта данных» указан получатель за рубежом.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="374"/>
        <source>text and %1</source>
        <translation>текст и %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="378"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="387"/>
        <source>new: saved with the profile</source>
        <translation>новый: сохранится вместе с профилем</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="387"/>
        <source>saved</source>
        <translation>сохранён</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="500"/>
        <source>Discard the changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="501"/>
        <source>The changes to this profile are not saved. Discard them?</source>
        <translation>Изменения профиля не сохранены. Отменить их?</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="55"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="82"/>
        <source>Name (&amp;Kazakh):</source>
        <translation>Наименование (на &amp;казахском):</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="125"/>
        <source>Name (&amp;Russian):</source>
        <translation>Наименование (на &amp;русском):</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="168"/>
        <source>S&amp;hort name:</source>
        <translation>Краткое на&amp;именование:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="188"/>
        <source>&amp;Code:</source>
        <translation>К&amp;од:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="209"/>
        <source>A short Latin name for the command line and file names, e.g. senimkey</source>
        <translation>Короткое латинское имя для командной строки и имён файлов, например senimkey</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="234"/>
        <source>Registration &amp;number:</source>
        <translation>Регистрационный &amp;номер:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="257"/>
        <source>BIN for a Kazakh organisation; for a foreign one its own kind of number, e.g. INN</source>
        <translation>Для казахстанской организации — БИН; для иностранной — номер, принятый в её стране, например ИНН</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="283"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="310"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="337"/>
        <source>The two-letter country code: KZ, RU, …</source>
        <translation>Двухбуквенный код страны: KZ, RU, …</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="362"/>
        <source>Postal &amp;address:</source>
        <translation>Почтовый &amp;адрес:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="454"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="497"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="517"/>
        <source>&amp;Website:</source>
        <translation>&amp;Веб-сайт:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="545"/>
        <source>Signatory and numbering</source>
        <translation>Подписант и нумерация</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="566"/>
        <source>Who signs the letters</source>
        <translation>Кто подписывает письма</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="581"/>
        <source>Position (Ka&amp;zakh):</source>
        <translation>Должность (на &amp;казахском):</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="618"/>
        <source>Position (R&amp;ussian):</source>
        <translation>Должность (на &amp;русском):</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="655"/>
        <source>&amp;Name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="678"/>
        <source>Executor printed at the bottom of letters</source>
        <translation>Исполнитель, указываемый внизу писем</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="693"/>
        <source>N&amp;ame:</source>
        <translation>ФИ&amp;О:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="710"/>
        <source>P&amp;hone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="730"/>
        <source>Registration numbers</source>
        <translation>Регистрационные номера</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="745"/>
        <source>Pre&amp;fix:</source>
        <translation>&amp;Префикс:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="791"/>
        <source>&amp;Incoming letters:</source>
        <translation>&amp;Входящие письма:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="380"/>
        <source>in Kazakh:</source>
        <translation>на казахском:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="416"/>
        <source>in Russian:</source>
        <translation>на русском:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="851"/>
        <source>&amp;Outgoing letters (Russian):</source>
        <translation>&amp;Исходящие письма (на русском):</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="914"/>
        <source>in &amp;Kazakh letters:</source>
        <translation>в письмах на &amp;казахском:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="958"/>
        <source>Destruction &amp;acts:</source>
        <translation>&amp;Акты об уничтожении:</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1024"/>
        <source>Placeholders: {prefix} the prefix, {year} or {yy} the year, {seq} the running number ({seq:04d} pads it to 4 digits). Numbers restart every year.</source>
        <translation>Заполнители: {prefix} — префикс, {year} или {yy} — год, {seq} — порядковый номер ({seq:04d} дополняет его нулями до 4 цифр). Нумерация начинается заново каждый год.</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1042"/>
        <source>Data map</source>
        <translation>Карта данных</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1069"/>
        <source>What the operator declares in its consent and policy, in Kazakh and in Russian: the access response and the deregistration letters quote it, and each withdrawal copies its systems and categories. A text missing its other half is asked for at its row.</source>
        <translation>То, что оператор заявляет в согласии и политике, на казахском и на русском: ответ на запрос сведений и письма о снятии с учёта приводят это, а каждый отзыв копирует его системы и категории. Текст без второй половины запрашивается в его строке.</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1080"/>
        <source>Retention and withdrawal</source>
        <translation>Хранение и отзыв</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1107"/>
        <source>How long data are &amp;kept (Kazakh)</source>
        <translation>Сроки &amp;хранения данных (на казахском)</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1120"/>
        <source>How long data are kept (Russian)</source>
        <translation>Сроки хранения данных (на русском)</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1147"/>
        <source>How consent is &amp;withdrawn (Kazakh)</source>
        <translation>Порядок &amp;отзыва согласия (на казахском)</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1160"/>
        <source>How consent is withdrawn (Russian)</source>
        <translation>Порядок отзыва согласия (на русском)</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1184"/>
        <source>Data &amp;cross the border (transferred to or stored outside Kazakhstan)</source>
        <translation>&amp;Трансграничная передача (данные передаются или хранятся за пределами Казахстана)</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1192"/>
        <source>Consent documents</source>
        <translation>Документы о согласии</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1219"/>
        <source>The consent agreements and privacy policies subjects accepted, each edition on its own. New documents are saved with the profile; saved ones stay as they are, as the evidence of what was agreed.</source>
        <translation>Согласия и политики конфиденциальности, принятые субъектами, — каждая редакция отдельно. Новые документы сохраняются вместе с профилем; сохранённые остаются неизменными как доказательство того, с чем согласились.</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1242"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1247"/>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1252"/>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1257"/>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1262"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1275"/>
        <source>&amp;Add a document…</source>
        <translation>&amp;Добавить документ…</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1282"/>
        <source>&amp;Remove the new document</source>
        <translation>Удалить &amp;новый документ</translation>
    </message>
    <message>
        <location filename="../../../forms/operator_dialog.ui" line="1302"/>
        <source>&amp;Default operator: new letters are registered for it</source>
        <translation>Оператор по &amp;умолчанию: новые письма регистрируются на него</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="54"/>
        <source>&amp;Operators</source>
        <translation>&amp;Операторы</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="67"/>
        <source>The organisations whose letters you answer. Letters are registered for the default operator unless you choose another.</source>
        <translation>Организации, на письма которых вы отвечаете. Письма регистрируются на оператора по умолчанию, если не выбран другой.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="81"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="81"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="81"/>
        <source>Registration No.</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="81"/>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="99"/>
        <source>&amp;New operator…</source>
        <translation>&amp;Новый оператор…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="100"/>
        <source>Create another operator profile (Insert)</source>
        <translation>Создать ещё один профиль оператора (Insert)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="101"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="102"/>
        <source>Edit the selected profile (Enter)</source>
        <translation>Изменить выбранный профиль (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="104"/>
        <source>Make the de&amp;fault</source>
        <translation>Сделать по &amp;умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="107"/>
        <source>Register new letters for the selected operator by default</source>
        <translation>Регистрировать новые письма на выбранного оператора по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="154"/>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="212"/>
        <source>The default operator</source>
        <translation>Оператор по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="216"/>
        <source>Name in Russian</source>
        <translation>Наименование на русском</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="217"/>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="219"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="220"/>
        <source>Address in Kazakh</source>
        <translation>Адрес на казахском</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="221"/>
        <source>Address in Russian</source>
        <translation>Адрес на русском</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="222"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="223"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="224"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="225"/>
        <source>Signs letters</source>
        <translation>Подписывает письма</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="226"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="227"/>
        <source>Incoming numbers</source>
        <translation>Входящие номера</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="229"/>
        <source>Consent documents</source>
        <translation>Документы о согласии</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="230"/>
        <source>Cross-border transfer</source>
        <translation>Трансграничная передача</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="242"/>
        <source>%1 categories of data, %2 purposes, %3 methods, %4 sources, %5 recipients, %6 systems</source>
        <translation>категорий данных: %1, целей: %2, способов: %3, источников: %4, получателей: %5, систем: %6</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="262"/>
        <source>nothing: every category is removed once consent is withdrawn</source>
        <translation>ничего: при отзыве согласия удаляется каждая категория</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="264"/>
        <source>Data map</source>
        <translation>Карта данных</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="265"/>
        <source>Kept after withdrawal</source>
        <translation>Хранится после отзыва</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="269"/>
        <source>%1 texts of the data map: open the profile to complete them</source>
        <translation>текстов карты данных: %1 — откройте профиль, чтобы дополнить их</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="270"/>
        <source>To complete</source>
        <translation>Дополнить</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="276"/>
        <source>yes: %1</source>
        <translation>да: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="277"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="277"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="302"/>
        <source>The operator profile is saved.</source>
        <translation>Профиль оператора сохранён.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/operators_page.py" line="314"/>
        <source>New letters are now registered for %1.</source>
        <translation>Теперь новые письма регистрируются на %1.</translation>
    </message>
</context>
<context>
    <name>OutgoingScreen</name>
    <message>
        <location filename="../../ui/screens/registry.py" line="62"/>
        <source>Outgoing</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="74"/>
        <source>Number, tracking number, request or sender</source>
        <translation>Номер, трек-номер, обращение или отправитель</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="81"/>
        <source>&amp;Dispatch…</source>
        <translation>&amp;Отправить…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="82"/>
        <source>Record the dispatch of the selected letters</source>
        <translation>Отметить отправку выбранных писем</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="85"/>
        <source>Delivery &amp;notice or return…</source>
        <translation>&amp;Уведомление о вручении или возврат…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="88"/>
        <source>Open the &amp;case</source>
        <translation>Открыть &amp;дело</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="119"/>
        <source>Post office, day:</source>
        <translation>Почта, день:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="125"/>
        <source>only the selected letters</source>
        <translation>только выбранные письма</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="128"/>
        <source>The list and the envelopes for the letters selected above, not the whole day</source>
        <translation>Список и конверты только для выбранных выше писем, а не за весь день</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="131"/>
        <source>&amp;Print the list…</source>
        <translation>&amp;Печать списка…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="133"/>
        <source>Save the list…</source>
        <translation>Сохранить список…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="139"/>
        <source>Print &amp;envelopes…</source>
        <translation>Печать &amp;конвертов…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="142"/>
        <source>Save envelopes…</source>
        <translation>Сохранить конверты…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="147"/>
        <source>Envelope:</source>
        <translation>Конверт:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="153"/>
        <source>Close a sent request after</source>
        <translation>Закрывать отправленное обращение через</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="157"/>
        <source> days without a notice</source>
        <translation> дн. без уведомления</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="159"/>
        <source>Days a sent answer waits for its delivery notice before the request closes</source>
        <translation>Сколько дней отправленный ответ ждёт уведомления о вручении, прежде чем обращение закроется</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="207"/>
        <source>{0} sent requests closed: no delivery notice within the wait</source>
        <translation>Закрыто отправленных обращений: {0} — уведомление о вручении не поступило в срок ожидания</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="218"/>
        <source>To post</source>
        <translation>К отправке</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="219"/>
        <source>Posted</source>
        <translation>Отправленные</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="220"/>
        <source>Awaiting a delivery notice</source>
        <translation>Ожидают уведомления о вручении</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="221"/>
        <source>Delivered or returned</source>
        <translation>Вручённые или возвращённые</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="294"/>
        <source>{0} letters dispatched; {1} requests moved to sent</source>
        <translation>Отправлено писем: {0}; обращений переведено в статус «Отправлено»: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="325"/>
        <source>Preparing…</source>
        <translation>Подготовка…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="347"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="352"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="367"/>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="397"/>
        <source>Printing cancelled</source>
        <translation>Печать отменена</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="399"/>
        <source>Not printed: {0}</source>
        <translation>Не напечатано: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="403"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/outgoing.py" line="407"/>
        <source>Sent {0} pages to the printer</source>
        <translation>На принтер отправлено страниц: {0}</translation>
    </message>
</context>
<context>
    <name>OutgoingTableModel</name>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="41"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="42"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="43"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="44"/>
        <source>Request</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="45"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="46"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="47"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="48"/>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="49"/>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="50"/>
        <source>Delivered / returned</source>
        <translation>Вручено / возвращено</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="60"/>
        <source>delivered {0}</source>
        <translation>вручено {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="64"/>
        <source>returned {0}</source>
        <translation>возвращено {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/outgoing_table.py" line="68"/>
        <source>closes {0} without a notice</source>
        <translation>закроется {0} без уведомления</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="62"/>
        <source>Add a calendar override</source>
        <translation>Добавление исключения в календарь</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="64"/>
        <source>Edit the calendar override</source>
        <translation>Изменение исключения в календаре</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="92"/>
        <source>already has an override</source>
        <translation>на эту дату уже есть исключение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="96"/>
        <source>Without an override: a working day</source>
        <translation>Без исключения: рабочий день</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="98"/>
        <source>Without an override: a day off (%1)</source>
        <translation>Без исключения: выходной (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="100"/>
        <source>Without an override: a day off</source>
        <translation>Без исключения: выходной</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="125"/>
        <source>The day {0} changes in the calendar.</source>
        <translation>В календаре изменится день {0}.</translation>
    </message>
    <message>
        <location filename="../../../forms/override_dialog.ui" line="9"/>
        <source>Calendar override</source>
        <translation>Исключение в календаре</translation>
    </message>
    <message>
        <location filename="../../../forms/override_dialog.ui" line="23"/>
        <source>When the government moves a day off, mark the day here. Open requests&apos; due dates are counted again.</source>
        <translation>Когда Правительство переносит выходной, отметьте этот день здесь. Сроки открытых обращений будут пересчитаны.</translation>
    </message>
    <message>
        <location filename="../../../forms/override_dialog.ui" line="28"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../../forms/override_dialog.ui" line="55"/>
        <source>The day is:</source>
        <translation>Этот день:</translation>
    </message>
    <message>
        <location filename="../../../forms/override_dialog.ui" line="62"/>
        <source>a &amp;holiday (day off)</source>
        <translation>&amp;праздник (выходной)</translation>
    </message>
    <message>
        <location filename="../../../forms/override_dialog.ui" line="68"/>
        <source>a &amp;working day</source>
        <translation>&amp;рабочий день</translation>
    </message>
    <message>
        <location filename="../../../forms/override_dialog.ui" line="75"/>
        <source>&amp;Note:</source>
        <translation>Пр&amp;имечание:</translation>
    </message>
    <message>
        <location filename="../../../forms/override_dialog.ui" line="82"/>
        <source>e.g. Government decree of 12.09.2026: day off moved</source>
        <translation>например: постановление Правительства от 12.09.2026: перенос выходного</translation>
    </message>
</context>
<context>
    <name>PairTable</name>
    <message>
        <location filename="../../ui/dialogs/data_map_table.py" line="46"/>
        <source>Kazakh</source>
        <translation>На казахском</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_table.py" line="47"/>
        <source>Russian</source>
        <translation>На русском</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_table.py" line="55"/>
        <source>%1 yr</source>
        <translation>%1 г.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_table.py" line="57"/>
        <source>%1 mo</source>
        <translation>%1 мес.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_table.py" line="98"/>
        <source>Double-click a cell to edit it; Enter keeps the text.</source>
        <translation>Дважды щёлкните ячейку, чтобы изменить её; Enter сохраняет текст.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_table.py" line="101"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_table.py" line="102"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_table.py" line="103"/>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_map_table.py" line="104"/>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="54"/>
        <source>Previous page (Page Up)</source>
        <translation>Предыдущая страница (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="60"/>
        <source>Next page (Page Down)</source>
        <translation>Следующая страница (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="65"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Уменьшить (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="71"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="74"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="77"/>
        <source>Fit the page to the width of the preview (Ctrl+0)</source>
        <translation>Подогнать страницу по ширине области предпросмотра (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="149"/>
        <source>This PDF cannot be displayed (it may be damaged).</source>
        <translation>Этот PDF не удаётся показать (возможно, он повреждён).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="177"/>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="246"/>
        <source>Page {0} of {1}</source>
        <translation>Страница {0} из {1}</translation>
    </message>
</context>
<context>
    <name>PrepareLetterDialog</name>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="116"/>
        <source>Prepare a letter — Derbes</source>
        <translation>Подготовка письма — Derbes</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="131"/>
        <source>Reading the case…</source>
        <translation>Чтение дела…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="149"/>
        <source># heading · ## section · - item · **bold** · [[blank to fill]]</source>
        <translation># заголовок · ## раздел · - пункт · **жирный** · [[пропуск для заполнения]]</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="153"/>
        <source>Lines that follow each other make one paragraph; a blank line ends it. &gt; centres a line, | a | b | makes a table row, --- a dividing line. A letter with a [[blank]] left cannot be finalised.</source>
        <translation>Идущие подряд строки образуют один абзац; пустая строка завершает его. &gt; выравнивает строку по центру, | а | б | создаёт строку таблицы, --- — разделительную линию. Письмо с незаполненным [[пропуском]] нельзя оформить окончательно.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="159"/>
        <source>Write the text anew from the template, with the details as they are now</source>
        <translation>Заново сформировать текст по шаблону с текущими сведениями</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="168"/>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="168"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="168"/>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="168"/>
        <source>Kept until</source>
        <translation>Хранить до</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="228"/>
        <source>This letter cannot be prepared: {0}</source>
        <translation>Это письмо нельзя подготовить: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="236"/>
        <source>Letter on {0}</source>
        <translation>Письмо по обращению {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="238"/>
        <source>{type} · {sender} · language of the letter: {language}</source>
        <translation>{type} · {sender} · язык письма: {language}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="244"/>
        <source>Letter on {0} — Derbes</source>
        <translation>Письмо по обращению {0} — Derbes</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="272"/>
        <source>Draft of {0}</source>
        <translation>Черновик от {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="312"/>
        <source>Not possible for this request: {0}</source>
        <translation>Для этого обращения невозможно: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="356"/>
        <source>An internal act: it may be written in either language.</source>
        <translation>Внутренний акт: его можно составить на любом из языков.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="359"/>
        <source>The letter came in Russian: answer in Russian, in Kazakh, or in both languages.</source>
        <translation>Письмо поступило на русском: ответьте на русском, на казахском или на обоих языках.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="363"/>
        <source>The letter did not come in Russian: answer in Kazakh or in both languages (Law on Languages, art. 11).</source>
        <translation>Письмо поступило не на русском: ответьте на казахском или на обоих языках (Закон «О языках», ст. 11).</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="401"/>
        <source>Write a new text as a “{0}”?</source>
        <translation>Сформировать новый текст как «{0}»?</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="419"/>
        <source>Write the text anew in the language “{0}”?</source>
        <translation>Заново сформировать текст на языке «{0}»?</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="439"/>
        <source>Rewrite the text</source>
        <translation>Переписать текст</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="441"/>
        <source>Your edits to the text are lost.</source>
        <translation>Ваши правки текста будут потеряны.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="442"/>
        <source>Rewrite</source>
        <translation>Переписать</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="459"/>
        <source>Write the text anew from the template?</source>
        <translation>Заново сформировать текст по шаблону?</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_details.py" line="49"/>
        <source>(no text in this language)</source>
        <translation>(нет текста на этом языке)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_details.py" line="75"/>
        <source>No refusal is recorded on the Withdrawal tab.</source>
        <translation>На вкладке «Отзыв согласия» отказ не записан.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_details.py" line="96"/>
        <source>The withdrawal&apos;s work is not recorded yet.</source>
        <translation>Работа по отзыву согласия ещё не записана.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_details.py" line="102"/>
        <source>Processing stopped on: {0}</source>
        <translation>Обработка прекращена: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_details.py" line="112"/>
        <source>not chosen yet</source>
        <translation>ещё не выбрано</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_details.py" line="127"/>
        <source>cleaned on {0}</source>
        <translation>очищено {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_details.py" line="131"/>
        <source>not cleaned yet</source>
        <translation>ещё не очищено</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_details.py" line="158"/>
        <source>The details changed but the text keeps your edits. “Rewrite from the template” writes it anew with the details.</source>
        <translation>Сведения изменились, но в тексте сохранены ваши правки. «Переписать по шаблону» заново сформирует текст с этими сведениями.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_render.py" line="80"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_render.py" line="170"/>
        <source>This letter cannot be written for {0}: {1}</source>
        <translation>Это письмо нельзя составить для {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_render.py" line="176"/>
        <source>The letter cannot be shown: {0}</source>
        <translation>Не удаётся показать письмо: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_render.py" line="205"/>
        <source>✓ Ready to finalise</source>
        <translation>✓ Готово к окончательному оформлению</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_render.py" line="211"/>
        <source>Before it can be finalised:</source>
        <translation>Перед окончательным оформлением:</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="501"/>
        <source>Wait for the preview to show the letter as it is now</source>
        <translation>Дождитесь, пока предпросмотр покажет письмо в текущем виде</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="503"/>
        <source>Resolve what is listed under the text first</source>
        <translation>Сначала устраните то, что перечислено под текстом</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_dialog.py" line="505"/>
        <source>Number the letter and keep its PDF in the case, unchangeable</source>
        <translation>Присвоить письму номер и сохранить его PDF в деле без возможности изменения</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="38"/>
        <source>Saving the draft…</source>
        <translation>Сохранение черновика…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="46"/>
        <source>Draft saved at {0}</source>
        <translation>Черновик сохранён в {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="58"/>
        <source>The draft was not saved: {0}</source>
        <translation>Черновик не сохранён: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="112"/>
        <source>Saving {0}…</source>
        <translation>Сохранение: {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="118"/>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="128"/>
        <source>{0} was not saved: {1}</source>
        <translation>Файл {0} не сохранён: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="145"/>
        <source>Print the letter</source>
        <translation>Напечатать письмо</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="165"/>
        <source>Printing page {0} of {1}…</source>
        <translation>Печать страницы {0} из {1}…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="173"/>
        <source>Sent {0} pages to the printer</source>
        <translation>На принтер отправлено страниц: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="184"/>
        <source>Printing cancelled</source>
        <translation>Печать отменена</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="189"/>
        <source>The letter was not printed: {0}</source>
        <translation>Письмо не напечатано: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="205"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="226"/>
        <source>Finalise the letter</source>
        <translation>Окончательное оформление письма</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="228"/>
        <source>Finalise the {0} on {1}?</source>
        <translation>Окончательно оформить «{0}» по обращению {1}?</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="232"/>
        <source>It gets the next outgoing number and its PDF is kept in the case with its SHA-256.

A finalised letter is never changed; a correction is a new letter.</source>
        <translation>Письму присваивается следующий исходящий номер, а его PDF сохраняется в деле вместе с SHA-256.

Оформленное письмо никогда не изменяется; исправление оформляется новым письмом.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="238"/>
        <source>The clock of the request stops until the subject answers.</source>
        <translation>Течение срока по обращению приостанавливается до ответа субъекта.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="243"/>
        <source>Finalise</source>
        <translation>Оформить</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="265"/>
        <source>Finalising…</source>
        <translation>Оформление…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="283"/>
        <source>Finalised</source>
        <translation>Оформлено</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="286"/>
        <source>Finalised; the clock is stopped until the subject answers</source>
        <translation>Оформлено; срок приостановлен до ответа субъекта</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="297"/>
        <source>The letter was not finalised: {0}</source>
        <translation>Письмо не оформлено: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="326"/>
        <source>Letter № {0} of {1}</source>
        <translation>Письмо № {0} от {1}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="331"/>
        <source>Letter № {0} — Derbes</source>
        <translation>Письмо № {0} — Derbes</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="335"/>
        <source>Finalised: № {number} of {date}, SHA-256 {sha}…  A finalised letter is never changed; a correction is a new letter.</source>
        <translation>Оформлено: № {number} от {date}, SHA-256 {sha}…  Оформленное письмо никогда не изменяется; исправление оформляется новым письмом.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="345"/>
        <source>The stored PDF of letter № {0} cannot be trusted: {1}</source>
        <translation>Хранимому PDF письма № {0} нельзя доверять: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="366"/>
        <source>Unsaved letter</source>
        <translation>Несохранённое письмо</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="368"/>
        <source>Keep the text of this letter as a draft?</source>
        <translation>Сохранить текст этого письма как черновик?</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="373"/>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../ui/letters/prepare_output.py" line="378"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="9"/>
        <source>Prepare a letter</source>
        <translation>Подготовка письма</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="81"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="87"/>
        <source>What the letter is (Ctrl+1)</source>
        <translation>Вид письма (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="99"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="105"/>
        <source>The language of the letter (Ctrl+2)</source>
        <translation>Язык письма (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="121"/>
        <source>&amp;Text</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="138"/>
        <source>The text of the letter</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="153"/>
        <source>&amp;Rewrite from the template</source>
        <translation>&amp;Переписать по шаблону</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="162"/>
        <source>&amp;Details</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="182"/>
        <source>What the letter says beyond the case record. Changing a detail rewrites the text from the template.</source>
        <translation>То, что письмо сообщает сверх сведений из дела. Изменение сведений заново формирует текст по шаблону.</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="227"/>
        <source>Request for clarification</source>
        <translation>Запрос уточнений</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="232"/>
        <source>&amp;Question:</source>
        <translation>Воп&amp;рос:</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="240"/>
        <source>What the subject is asked to clarify or provide</source>
        <translation>Что субъекту предлагается уточнить или представить</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="245"/>
        <source>&amp;Stop the clock when the letter is finalised</source>
        <translation>Пр&amp;иостановить срок при оформлении письма</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="254"/>
        <source>Answer to the claim</source>
        <translation>Ответ на жалобу</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="259"/>
        <source>F&amp;indings:</source>
        <translation>&amp;Установлено:</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="267"/>
        <source>What the review established: which data, in which systems, on which basis</source>
        <translation>Что установлено в ходе рассмотрения: какие данные, в каких системах, на каком основании</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="272"/>
        <source>D&amp;ecision:</source>
        <translation>Р&amp;ешение:</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="280"/>
        <source>What the operator decided and did</source>
        <translation>Что оператор решил и сделал</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="188"/>
        <source>Ground of the refusal (as the decision recorded it)</source>
        <translation>Основание отказа (как записано в решении)</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="193"/>
        <source>Ground:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="205"/>
        <source>Facts:</source>
        <translation>Обстоятельства:</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="288"/>
        <source>What the withdrawal recorded</source>
        <translation>Что записано по отзыву</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="294"/>
        <source>The letter states what the Withdrawal tab of the case recorded; change it there.</source>
        <translation>Письмо излагает то, что записано на вкладке «Отзыв» дела; изменяйте это там.</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="314"/>
        <source>S&amp;ystems the data were removed from:</source>
        <translation>Систе&amp;мы, из которых удалены данные:</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="332"/>
        <source>&amp;Method of destruction:</source>
        <translation>Способ &amp;уничтожения:</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="338"/>
        <source>Empty: the usual method (deletion without recovery, shredding paper)</source>
        <translation>Пусто — обычный способ (удаление без возможности восстановления, измельчение бумаги)</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="346"/>
        <source>Attachments</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="352"/>
        <source>One attachment a line, e.g. “Copy of the destruction act, 1 page”</source>
        <translation>По одному приложению в строке, например «Копия акта об уничтожении, на 1 л.»</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="382"/>
        <source>Double-click a blank to go to it in the text</source>
        <translation>Дважды щёлкните пропуск, чтобы перейти к нему в тексте</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="404"/>
        <source>Keep the text as a draft of this case (Ctrl+S)</source>
        <translation>Сохранить текст как черновик в этом деле (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="405"/>
        <source>Save &amp;draft</source>
        <translation>Сохранить &amp;черновик</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="411"/>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить как &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="417"/>
        <source>Save as D&amp;OCX…</source>
        <translation>Сохранить как D&amp;OCX…</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="423"/>
        <source>Print the letter (Ctrl+P)</source>
        <translation>Напечатать письмо (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="424"/>
        <source>P&amp;rint…</source>
        <translation>Печ&amp;ать…</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="436"/>
        <source>&amp;Finalise…</source>
        <translation>&amp;Оформить…</translation>
    </message>
    <message>
        <location filename="../../../forms/prepare_letter.ui" line="442"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="49"/>
        <source>the letter&apos;s PDF cannot be read</source>
        <translation>не удаётся прочитать PDF письма</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="119"/>
        <source>the printer cannot start the job</source>
        <translation>принтеру не удаётся начать задание печати</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="145"/>
        <source>the printer did not accept the job</source>
        <translation>принтер не принял задание печати</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/problems/input.py" line="10"/>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="11"/>
        <source>Too long: at most {max} characters ({given} typed).</source>
        <translation>Слишком длинно: не более {max} знаков (введено {given}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="14"/>
        <source>Not a date: write it as dd.mm.yyyy.</source>
        <translation>Это не дата: напишите её в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="15"/>
        <source>{value} has not come yet.</source>
        <translation>{value} ещё не наступило.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="16"/>
        <source>{value} is outside the years {low}–{high}.</source>
        <translation>{value} — за пределами {low}–{high} годов.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="19"/>
        <source>Choose one of: {choices}.</source>
        <translation>Выберите одно из значений: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="20"/>
        <source>Contains invisible control characters.</source>
        <translation>Содержит невидимые управляющие символы.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="21"/>
        <source>Digits only; “{char}” is not a digit.</source>
        <translation>Только цифры; «{char}» — не цифра.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="22"/>
        <source>Needs {expected} digits; {given} typed.</source>
        <translation>Нужно {expected} цифр; введено {given}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="23"/>
        <source>No valid number starts with these 11 digits: look for a typo.</source>
        <translation>Действительный номер не может начинаться с этих 11 цифр: поищите опечатку.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="26"/>
        <source>The check digit does not match: with these first 11 digits the 12th would be {expected}. Look for a typo.</source>
        <translation>Контрольная цифра не совпадает: при этих первых 11 цифрах 12-я была бы {expected}. Поищите опечатку.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="31"/>
        <source>Not an e-mail address; it looks like name@example.kz.</source>
        <translation>Это не адрес электронной почты; адрес выглядит как name@example.kz.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="35"/>
        <source>The other language&apos;s half is filled in: write this one too ({language}); a letter in this language prints it.</source>
        <translation>Вариант на другом языке заполнен: заполните и этот ({language}); письмо на этом языке печатает именно его.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="40"/>
        <source>Russian words in the Kazakh text: {words}. Write it in Kazakh (for example «қ.», «көш.», «ЖШС», «ШЫҒ»).</source>
        <translation>В казахском тексте есть русские слова: {words}. Напишите его по-казахски (например, «қ.», «көш.», «ЖШС», «ШЫҒ»).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="45"/>
        <source>Kazakh words in the Russian text: {words}. Write it in Russian (for example «г.», «ул.», «ТОО», «ИСХ»).</source>
        <translation>В русском тексте есть казахские слова: {words}. Напишите его по-русски (например, «г.», «ул.», «ТОО», «ИСХ»).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="50"/>
        <source>The Russian name states another legal form: in Kazakh it is «{expected}».</source>
        <translation>В русском названии указана другая организационно-правовая форма: по-казахски это «{expected}».</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="53"/>
        <source>The operator profile has no text here in this language ({language}): fill it in (Settings → Operators) before making a letter in it.</source>
        <translation>В профиле оператора нет этого текста на этом языке ({language}): заполните его (Настройки → Операторы), прежде чем делать письмо на нём.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="58"/>
        <source>The operator profile&apos;s text in this language ({language}) holds words of the other language: {words}. Correct it (Settings → Operators) before making a letter in it.</source>
        <translation>В тексте профиля оператора на этом языке ({language}) есть слова другого языка: {words}. Исправьте его (Настройки → Операторы), прежде чем делать письмо на нём.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="64"/>
        <source>{value} is outside {low}–{high}.</source>
        <translation>{value} — за пределами {low}–{high}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="65"/>
        <source>Before the postmark ({postmark}): check both dates.</source>
        <translation>Раньше почтового штемпеля ({postmark}): проверьте обе даты.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="68"/>
        <source>Cannot be after the letter was received ({received}): check both dates.</source>
        <translation>Не может быть позже поступления письма ({received}): проверьте обе даты.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="71"/>
        <source>Cannot be before the letter was received ({received}).</source>
        <translation>Не может быть раньше поступления письма ({received}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="74"/>
        <source>Cannot be before the clock stopped ({stopped}).</source>
        <translation>Не может быть раньше приостановки срока ({stopped}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="75"/>
        <source>A tracking number has 13 characters: 2 letters, 8 digits, a check digit and 2 letters; {given} typed.</source>
        <translation>Трек-номер состоит из 13 знаков: 2 буквы, 8 цифр, контрольная цифра и 2 буквы; введено {given}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="79"/>
        <source>Must start with the 2 Latin letters of the postal service.</source>
        <translation>Должен начинаться с 2 латинских букв почтовой службы.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="82"/>
        <source>Characters 3 to 11 must be digits.</source>
        <translation>Знаки с 3-го по 11-й должны быть цифрами.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="83"/>
        <source>Must end with the 2 Latin letters of the country.</source>
        <translation>Должен заканчиваться 2 латинскими буквами страны.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="86"/>
        <source>The check digit does not match: it should be {expected}.</source>
        <translation>Контрольная цифра не совпадает: должна быть {expected}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="89"/>
        <source>Not a valid pattern: a brace is not closed or not opened.</source>
        <translation>Недопустимый шаблон: скобка не закрыта или не открыта.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="92"/>
        <source>{{name}} is not a placeholder: use {prefix}, {year}, {yy} and {seq}.</source>
        <translation>{{name}} — не заполнитель: используйте {prefix}, {year}, {yy} и {seq}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="95"/>
        <source>{{name}} may only take a width, for example {seq:04d}.</source>
        <translation>Для {{name}} можно указать только ширину, например {seq:04d}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="98"/>
        <source>The pattern needs {seq}, the running number.</source>
        <translation>В шаблоне нужен {seq} — порядковый номер.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="99"/>
        <source>The pattern needs {year} or {yy}: numbers restart every year.</source>
        <translation>В шаблоне нужен {year} или {yy}: нумерация начинается заново каждый год.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="102"/>
        <source>Use 1–40 small Latin letters, digits, “-” or “_”, for example senimkey.</source>
        <translation>Используйте 1–40 строчных латинских букв, цифр, «-» или «_», например senimkey.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="105"/>
        <source>Another operator already has this code.</source>
        <translation>Этот код уже занят другим оператором.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="106"/>
        <source>Two Latin letters, the country code: KZ, RU, …</source>
        <translation>Две латинские буквы — код страны: KZ, RU, …</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="109"/>
        <source>5–20 Latin letters, digits or “-”.</source>
        <translation>5–20 латинских букв, цифр или «-».</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="110"/>
        <source>Create an operator profile first (Settings → Operators).</source>
        <translation>Сначала создайте профиль оператора (Настройки → Операторы).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="113"/>
        <source>This operator profile no longer exists (no. {id}).</source>
        <translation>Этого профиля оператора больше нет (№ {id}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="116"/>
        <source>This request no longer exists (no. {id}).</source>
        <translation>Этого обращения больше нет (№ {id}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="117"/>
        <source>No request is numbered {number}.</source>
        <translation>Обращения с номером {number} нет.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="118"/>
        <source>{number} exists at several operators: choose the operator.</source>
        <translation>Номер {number} есть у нескольких операторов: выберите оператора.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="121"/>
        <source>This subject no longer exists (no. {id}).</source>
        <translation>Этого субъекта больше нет (№ {id}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="122"/>
        <source>This subject (no. {id}) does not belong to this operator.</source>
        <translation>Этот субъект (№ {id}) не относится к этому оператору.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="125"/>
        <source>This scan no longer exists (no. {id}).</source>
        <translation>Этой скан-копии больше нет (№ {id}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="126"/>
        <source>This calendar day is no longer in the list.</source>
        <translation>Этого дня календаря больше нет в списке.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="127"/>
        <source>Another subject already has this IIN ({name}): open that record instead.</source>
        <translation>Этот ИИН уже есть у другого субъекта ({name}): откройте его запись.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="130"/>
        <source>Link an existing subject or create a new one, not both.</source>
        <translation>Свяжите существующего субъекта или создайте нового, но не то и другое сразу.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="133"/>
        <source>Select the subject to link, or choose another option.</source>
        <translation>Выберите субъекта для привязки или другой вариант.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="136"/>
        <source>Use “Stop the clock” to wait for the subject: it needs a reason.</source>
        <translation>Чтобы ждать ответа субъекта, используйте «Приостановить срок»: нужна причина.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="139"/>
        <source>The clock is stopped waiting for the subject: resume it first.</source>
        <translation>Срок приостановлен в ожидании ответа субъекта: сначала возобновите его.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="142"/>
        <source>A request with the status “{status}” cannot be extended.</source>
        <translation>Срок обращения со статусом «{status}» продлить нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="145"/>
        <source>Give a number of working days (at least 1) or a new due date.</source>
        <translation>Укажите число рабочих дней (не менее 1) или новый срок.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="148"/>
        <source>Must be at least {min}.</source>
        <translation>Должно быть не меньше {min}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="149"/>
        <source>A whole number of working days from {low} to {high}.</source>
        <translation>Целое число рабочих дней от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="152"/>
        <source>Choose a working day after the current due date ({due}).</source>
        <translation>Выберите рабочий день после текущего срока ({due}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="155"/>
        <source>{value} is not a working day.</source>
        <translation>{value} — не рабочий день.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="156"/>
        <source>{value} already has an override.</source>
        <translation>Для {value} исключение уже есть.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="157"/>
        <source>{name} is empty.</source>
        <translation>Файл {name} пуст.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="158"/>
        <source>{name} is {size_mb} MB; the limit is {limit_mb} MB.</source>
        <translation>Размер файла {name} — {size_mb} МБ; предел — {limit_mb} МБ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="161"/>
        <source>{name} is not a PDF, JPEG, PNG or TIFF scan.</source>
        <translation>{name} — не скан-копия в формате PDF, JPEG, PNG или TIFF.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="162"/>
        <source>{name} looks like {kind} but is damaged and cannot be opened.</source>
        <translation>{name} похож на {kind}, но повреждён и не открывается.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="165"/>
        <source>This scan was destroyed.</source>
        <translation>Эта скан-копия уничтожена.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="166"/>
        <source>This scan was destroyed already.</source>
        <translation>Эта скан-копия уже уничтожена.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="167"/>
        <source>The file is larger than {limit_mb} MB.</source>
        <translation>Файл слишком большой: не более {limit_mb} МБ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="168"/>
        <source>The file cannot be read.</source>
        <translation>Не удаётся прочитать файл.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="169"/>
        <source>The database already holds operators; the demo needs an empty database.</source>
        <translation>В базе данных уже есть операторы; для демонстрации нужна пустая база.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="9"/>
        <source>This kind of letter does not answer a request of type “{type}”.</source>
        <translation>Письмо этого вида не может быть ответом на обращение типа «{type}».</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="12"/>
        <source>Link the request to the subject first: this letter speaks of the subject&apos;s record.</source>
        <translation>Сначала свяжите обращение с субъектом: это письмо касается сведений о субъекте.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="16"/>
        <source>The request has not been extended: extend it first, with a reason.</source>
        <translation>Срок обращения не продлён: сначала продлите его с указанием причины.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="19"/>
        <source>The letter did not come in Russian: answer in Kazakh or in both languages (Law on Languages, art. 11).</source>
        <translation>Письмо поступило не на русском: ответьте на казахском или на обоих языках (Закон «О языках», ст. 11).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="24"/>
        <source>Choose the ground of the refusal: Law 94-V, art. 8(2).</source>
        <translation>Выберите основание отказа: Закон № 94-V, п. 2 ст. 8.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="27"/>
        <source>“{category}” is retained: name the legal basis and the date it is kept until.</source>
        <translation>Данные «{category}» хранятся: укажите правовое основание и дату окончания хранения.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="31"/>
        <source>Fill in the blanks first: {blanks}.</source>
        <translation>Сначала заполните пропуски: {blanks}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="32"/>
        <source>The letter has no text.</source>
        <translation>В письме нет текста.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="33"/>
        <source>The operator profile names no signatory: fill it in under Settings.</source>
        <translation>В профиле оператора не указан подписант: заполните его в разделе «Настройки».</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="36"/>
        <source>A withdrawal of consent must be a signed written statement and this one is not signed: ask for one with a clarification letter.</source>
        <translation>Отзыв согласия должен быть подписанным письменным заявлением, а это заявление не подписано: запросите такое заявление письмом с запросом уточнений.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="41"/>
        <source>The clock cannot be stopped: a request “{status}” cannot wait.</source>
        <translation>Срок нельзя приостановить: обращение в статусе «{status}» не может ожидать.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="44"/>
        <source>The request no longer exists (id {id}).</source>
        <translation>Обращения больше нет (№ {id}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="47"/>
        <source>The letter no longer exists (id {id}).</source>
        <translation>Письма больше нет (№ {id}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="48"/>
        <source>A finalised letter is never changed; a correction is a new letter.</source>
        <translation>Окончательно оформленное письмо никогда не изменяется; исправление оформляется новым письмом.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="51"/>
        <source>Letter {id} belongs to another request.</source>
        <translation>Письмо № {id} относится к другому обращению.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="54"/>
        <source>The letter is a draft: finalise it first.</source>
        <translation>Письмо — черновик: сначала оформите его окончательно.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="55"/>
        <source>The stored PDF does not match its SHA-256: it was altered after finalising.</source>
        <translation>Сохранённый PDF не совпадает со своим SHA-256: он был изменён после окончательного оформления.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="59"/>
        <source>syntax error: {detail}</source>
        <translation>синтаксическая ошибка: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="60"/>
        <source>unknown placeholder “{name}”: the letter&apos;s data has no such name</source>
        <translation>неизвестный заполнитель «{name}»: в данных письма нет такого имени</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="63"/>
        <source>not allowed in a template ({detail})</source>
        <translation>недопустимо в шаблоне ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="64"/>
        <source>the template cannot make the letter: {detail}</source>
        <translation>по шаблону не удаётся сформировать письмо: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="67"/>
        <source>the template calls itself without end</source>
        <translation>шаблон бесконечно вызывает сам себя</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="68"/>
        <source>the letter would be {length} characters; the limit is {limit}</source>
        <translation>письмо заняло бы {length} символов; предел — {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="71"/>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} — папка: укажите имя файла.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="72"/>
        <source>The folder {path} does not exist.</source>
        <translation>Папка {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="73"/>
        <source>The file name ends in {suffix} but the format is {fmt}.</source>
        <translation>Имя файла оканчивается на {suffix}, а формат — {fmt}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="78"/>
        <source>The request is “{status}” already.</source>
        <translation>Обращение уже в статусе «{status}».</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="79"/>
        <source>A “{current}” request is final: it cannot become “{new}”.</source>
        <translation>Статус «{current}» — окончательный: обращение не может перейти в статус «{new}».</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="82"/>
        <source>A sent answer can only be closed; a correction is a new letter.</source>
        <translation>Обращение с отправленным ответом можно только закрыть; исправление оформляется новым письмом.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="85"/>
        <source>Only a request whose answer is ready can be sent.</source>
        <translation>Отправить можно только обращение, ответ на которое готов.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="88"/>
        <source>A request closes when its answer is sent: send the answer first.</source>
        <translation>Обращение закрывается после отправки ответа: сначала отправьте ответ.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="91"/>
        <source>A request cannot go back to “Registered”.</source>
        <translation>Обращение не может вернуться в статус «Зарегистрировано».</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="94"/>
        <source>A “{current}” request cannot become “{new}”; it can become: {allowed}.</source>
        <translation>Обращение в статусе «{current}» не может перейти в статус «{new}»; допустимые статусы: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="97"/>
        <source>Resume the clock first: the request is waiting for the subject.</source>
        <translation>Сначала возобновите течение срока: обращение ожидает ответа субъекта.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="100"/>
        <source>A “{status}” request is final.</source>
        <translation>Статус «{status}» — окончательный.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="101"/>
        <source>The clock is stopped already.</source>
        <translation>Течение срока уже приостановлено.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="102"/>
        <source>A “{status}” request cannot wait for the subject.</source>
        <translation>Обращение в статусе «{status}» не может ожидать ответа субъекта.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="105"/>
        <source>The clock is running: nothing to resume.</source>
        <translation>Срок течёт: возобновлять нечего.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="106"/>
        <source>A “{status}” request cannot be extended.</source>
        <translation>Срок обращения в статусе «{status}» продлить нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="107"/>
        <source>The clock is stopped: resume it before extending.</source>
        <translation>Течение срока приостановлено: возобновите его перед продлением.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="110"/>
        <source>No subject is linked to the request.</source>
        <translation>С обращением не связан ни один субъект.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="111"/>
        <source>The letter was received on {received}: the clock cannot stop before.</source>
        <translation>Письмо поступило {received}: приостановить срок раньше этой даты нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="114"/>
        <source>The clock stopped on {stopped_on}: it cannot resume before that.</source>
        <translation>Срок приостановлен {stopped_on}: возобновить его раньше этой даты нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="117"/>
        <source>Say what the subject was asked to clarify or provide.</source>
        <translation>Укажите, что субъекту предложено уточнить или представить.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="120"/>
        <source>The new due date must be after the current one ({due}).</source>
        <translation>Новый срок должен быть позже текущего ({due}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="123"/>
        <source>Give the reason: it is recorded and told to the subject.</source>
        <translation>Укажите причину: она фиксируется и сообщается субъекту.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="126"/>
        <source>The extension&apos;s reason was not recorded in this language ({language}), so the notice cannot print it: add it with “Add the Kazakh (Russian) reason…” among the case&apos;s actions, or make the notice in the language the reason was given in.</source>
        <translation>Причина продления не записана на этом языке ({language}), поэтому уведомление не может её напечатать: добавьте её кнопкой «Добавить причину на казахском (русском)…» среди действий по делу или составьте уведомление на языке, на котором записана причина.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="132"/>
        <source>This request has no extension: there is no reason to complete.</source>
        <translation>У этого обращения нет продления: дополнять нечего.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/work.py" line="135"/>
        <source>This request is no longer in the database.</source>
        <translation>Этого обращения больше нет в базе данных.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="10"/>
        <source>The database is in use by another program or user; nothing was saved. Try again in a moment.</source>
        <translation>База данных используется другой программой или пользователем; ничего не сохранено. Повторите попытку через некоторое время.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="15"/>
        <source>The database {database} cannot be written: the file or its folder is read-only.</source>
        <translation>Не удаётся записать в базу данных {database}: файл или его папка доступны только для чтения.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="19"/>
        <source>The database {database} could not be read or written ({error}); nothing was saved.</source>
        <translation>Не удалось прочитать или записать базу данных {database} ({error}); ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="23"/>
        <source>The database {database} is damaged; restore it from a backup.</source>
        <translation>База данных {database} повреждена; восстановите её из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="26"/>
        <source>The disk holding the database {database} is full; nothing was saved.</source>
        <translation>Диск, на котором находится база данных {database}, заполнен; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="29"/>
        <source>The database file {database} cannot be opened: check the folder.</source>
        <translation>Не удаётся открыть файл базы данных {database}: проверьте папку.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="32"/>
        <source>The file {database} is not a Derbes database.</source>
        <translation>Файл {database} не является базой данных Derbes.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="35"/>
        <source>The database did not answer within {seconds} seconds; the work was stopped and nothing was saved.</source>
        <translation>База данных не ответила в течение {seconds} с; работа прервана, ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="40"/>
        <source>Someone else changed the same records at the same moment; nothing was saved. Try again.</source>
        <translation>Кто-то другой в тот же момент изменил те же записи; ничего не сохранено. Повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="44"/>
        <source>The database server has no such database.

{detail}</source>
        <translation>На сервере баз данных нет такой базы данных.

{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="47"/>
        <source>Cannot reach the database server {database}. Check that it runs and that this computer is connected.

{detail}</source>
        <translation>Не удаётся подключиться к серверу баз данных {database}. Проверьте, что он работает и что этот компьютер подключён к сети.

{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="52"/>
        <source>The database server is out of resources (disk, memory or connections); nothing was saved. Try again later.</source>
        <translation>У сервера баз данных закончились ресурсы (диск, память или подключения); ничего не сохранено. Повторите попытку позже.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="57"/>
        <source>The database server {database} refused the user name or password.

{detail}</source>
        <translation>Сервер баз данных {database} отклонил имя пользователя или пароль.

{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="61"/>
        <source>The database {database} was written by a newer version of Derbes. Install the newer Derbes to open it; the database was not changed.</source>
        <translation>База данных {database} записана более новой версией Derbes. Чтобы открыть её, установите более новую версию Derbes; база данных не изменена.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="66"/>
        <source>{database} already holds tables of another program ({tables}); choose another database.</source>
        <translation>В {database} уже есть таблицы другой программы ({tables}); выберите другую базу данных.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="70"/>
        <source>The backup at {path} failed its check and was removed; try again.</source>
        <translation>Резервная копия {path} не прошла проверку и удалена; повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="73"/>
        <source>The file {path} does not exist.</source>
        <translation>Файл {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="74"/>
        <source>Derbes has no permission to use {path}; choose another place.</source>
        <translation>У Derbes нет прав на использование {path}; выберите другое место.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="77"/>
        <source>There is not enough space on the disk for {path}.</source>
        <translation>На диске недостаточно места для {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="80"/>
        <source>{path} is on a disk that cannot be written; choose another place.</source>
        <translation>{path} находится на диске, недоступном для записи; выберите другое место.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="83"/>
        <source>{path} already exists.</source>
        <translation>{path} уже существует.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="84"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} — папка, а не файл.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="85"/>
        <source>A part of {path} is a file, not a folder.</source>
        <translation>Часть пути {path} — файл, а не папка.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="86"/>
        <source>{path} is in use by another program; close it and try again.</source>
        <translation>{path} используется другой программой; закройте её и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="89"/>
        <source>{path} could not be used ({error}).</source>
        <translation>Не удалось использовать {path} ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="94"/>
        <source>{path} is the database itself; choose a new file for the backup.</source>
        <translation>{path} — это сама база данных; выберите для резервной копии новый файл.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="97"/>
        <source>{path} already exists; a backup is only written to a new file.</source>
        <translation>{path} уже существует; резервная копия записывается только в новый файл.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="100"/>
        <source>{path} is a folder; choose the name of a new file.</source>
        <translation>{path} — папка; выберите имя нового файла.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="103"/>
        <source>{path} is not a Derbes backup.</source>
        <translation>{path} — не резервная копия Derbes.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="104"/>
        <source>The backup {path} is damaged; choose another backup.</source>
        <translation>Резервная копия {path} повреждена; выберите другую резервную копию.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="107"/>
        <source>The backup {path} was made by a newer version of Derbes; update Derbes to restore it.</source>
        <translation>Резервная копия {path} создана более новой версией Derbes; чтобы восстановить её, обновите Derbes.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="111"/>
        <source>The audit log in the backup {path} does not verify ({problems} problems); it was not restored.</source>
        <translation>Журнал аудита в резервной копии {path} не прошёл проверку (проблем: {problems}); копия не восстановлена.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="116"/>
        <source>{path} is the open database itself; choose a backup file.</source>
        <translation>{path} — это сама открытая база данных; выберите файл резервной копии.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="119"/>
        <source>The database {database} already holds data; restore into an empty database or confirm replacing it.</source>
        <translation>В базе данных {database} уже есть данные; восстановите копию в пустую базу данных или подтвердите её замену.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="126"/>
        <source>Entry {entry} was edited: its content no longer matches its hash.</source>
        <translation>Запись {entry} изменена: её содержимое больше не соответствует её хешу.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="129"/>
        <source>Entry {entry} does not follow the entry before it: that one was removed or rewritten.</source>
        <translation>Запись {entry} не продолжает предыдущую запись: та была удалена или перезаписана.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="133"/>
        <source>This is not the database whose audit log this computer recorded ({expected}); it is {found}.</source>
        <translation>Это не та база данных, журнал аудита которой зафиксировал этот компьютер ({expected}); это {found}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="138"/>
        <source>The audit log is empty, but {expected} entries were recorded on this computer: the log was deleted.</source>
        <translation>Журнал аудита пуст, хотя на этом компьютере зафиксировано записей: {expected}. Журнал был удалён.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="143"/>
        <source>{expected} entries were recorded up to entry {head}, only {found} are left and the newest is {last}: the last entries were deleted.</source>
        <translation>До записи {head} было зафиксировано записей: {expected}; осталось только {found}, самая новая — {last}. Последние записи удалены.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="148"/>
        <source>Entry {entry} no longer has the hash recorded on this computer: the log was rewritten and its chain recomputed.</source>
        <translation>Хеш записи {entry} больше не совпадает с зафиксированным на этом компьютере: журнал перезаписан, а его цепочка пересчитана.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="153"/>
        <source>{expected} entries were recorded up to entry {head}, {found} are there.</source>
        <translation>До записи {head} было зафиксировано записей: {expected}, а имеется: {found}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="156"/>
        <source>Entries up to number {expected} were written, the newest left is {found}: the last entries were deleted.</source>
        <translation>Были сделаны записи до № {expected}, самая новая из оставшихся — {found}: последние записи удалены.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="161"/>
        <source>The audit log can only be added to; nothing in it may be changed or deleted.</source>
        <translation>Журнал аудита можно только дополнять; ничего в нём нельзя изменять или удалять.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="166"/>
        <source>Contains an invisible direction control ({char}) that makes the text read in another order: remove it.</source>
        <translation>Содержит невидимый управляющий символ направления ({char}), из-за которого текст читается в другом порядке: удалите его.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="171"/>
        <source>Contains characters that could not be read as text: type them again.</source>
        <translation>Содержит символы, которые не удалось прочитать как текст: введите их заново.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="174"/>
        <source>{path} is the database Derbes is using: choose another file.</source>
        <translation>{path} — база данных, которую использует Derbes: выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="177"/>
        <source>{path} already exists; it was kept and nothing was written.</source>
        <translation>{path} уже существует; файл оставлен без изменений, ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="180"/>
        <source>{path} is not an ordinary file: choose a file name.</source>
        <translation>{path} — не обычный файл: выберите имя файла.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="183"/>
        <source>{path} would be larger than this system allows; nothing was written.</source>
        <translation>{path} превысил бы допустимый в этой системе размер; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="186"/>
        <source>The letter cannot be laid out: the address, a name or a line of text is too long for a page. Shorten it.</source>
        <translation>Не удаётся сверстать письмо: адрес, имя или строка текста слишком длинны для страницы. Сократите их.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="191"/>
        <source>The letter holds invisible control characters a Word document cannot carry: correct the request&apos;s fields, or save it as PDF.</source>
        <translation>Письмо содержит невидимые управляющие символы, недопустимые в документе Word: исправьте поля обращения или сохраните письмо в PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="196"/>
        <source>{url} is not a database: give a file or an address such as postgresql://user@host/derbes.</source>
        <translation>{url} — не база данных: укажите файл или адрес вида postgresql://user@host/derbes.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="200"/>
        <source>A database in memory keeps nothing: choose a file.</source>
        <translation>База данных в памяти ничего не сохраняет: выберите файл.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="203"/>
        <source>{scheme} databases are not supported: use a file or PostgreSQL.</source>
        <translation>Базы данных {scheme} не поддерживаются: используйте файл или PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="206"/>
        <source>{database} does not exist.</source>
        <translation>{database} не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="207"/>
        <source>{database} is not a Derbes database; it was not changed.</source>
        <translation>{database} — не база данных Derbes; она не изменена.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="212"/>
        <source>{by} changed this request at {at}, after you opened it. Reload it to see the change.</source>
        <translation>Пользователь {by} изменил это обращение ({at}) после того, как вы его открыли. Загрузите его заново, чтобы увидеть изменение.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="216"/>
        <source>{by} changed this subject at {at}, after you opened it. Reload it to see the change.</source>
        <translation>Пользователь {by} изменил этого субъекта ({at}) после того, как вы его открыли. Загрузите его заново, чтобы увидеть изменение.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="220"/>
        <source>Choose a SQLite file or a PostgreSQL server ({value} is neither).</source>
        <translation>Выберите файл SQLite или сервер PostgreSQL ({value} — ни то ни другое).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="223"/>
        <source>Leave the password out of the address: it is kept in the system keyring.</source>
        <translation>Не указывайте пароль в адресе: он хранится в системном хранилище ключей.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="227"/>
        <source>This computer has no system keyring ({error}): the password will be asked for at each start.</source>
        <translation>На этом компьютере нет системного хранилища ключей ({error}): пароль будет запрашиваться при каждом запуске.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="234"/>
        <source>There is no change of due dates to undo: it was undone already.</source>
        <translation>Нет изменения сроков, которое можно отменить: оно уже отменено.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/storage.py" line="237"/>
        <source>{value} has already passed: choose a new due date after today ({today}).</source>
        <translation>Дата {value} уже прошла: выберите новый срок после сегодняшнего дня ({today}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="178"/>
        <source>An IIN has digits only; “{char}” is not a digit.</source>
        <translation>ИИН состоит только из цифр; «{char}» — не цифра.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="181"/>
        <source>An IIN has 12 digits; {given} typed.</source>
        <translation>В ИИН 12 цифр; введено {given}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="182"/>
        <source>Not a valid IIN: no check digit exists for its first 11 digits.</source>
        <translation>Недействительный ИИН: для первых 11 цифр контрольная цифра не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="185"/>
        <source>The check digit does not match: the last digit should be {expected}. Check the number against the letter.</source>
        <translation>Контрольная цифра не совпадает: последняя цифра должна быть {expected}. Сверьте номер с письмом.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="189"/>
        <source>Enter the 12-digit BIN of the organisation.</source>
        <translation>Введите 12-значный БИН организации.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="192"/>
        <location filename="../../ui/problems/input.py" line="200"/>
        <source>A BIN has digits only; “{char}” is not a digit.</source>
        <translation>БИН состоит только из цифр; «{char}» — не цифра.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="195"/>
        <location filename="../../ui/problems/input.py" line="203"/>
        <source>A BIN has 12 digits; {given} typed.</source>
        <translation>В БИН 12 цифр; введено {given}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="196"/>
        <location filename="../../ui/problems/input.py" line="204"/>
        <source>No valid BIN starts with these 11 digits: compare them with the registration certificate.</source>
        <translation>Действительный БИН не может начинаться с этих 11 цифр: сверьте их со справкой о государственной регистрации.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="208"/>
        <source>Write the sender as on the letter.</source>
        <translation>Укажите отправителя так, как в письме.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="209"/>
        <source>The surname is required.</source>
        <translation>Фамилия обязательна.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="210"/>
        <source>The birth date {value} has not come yet: check the year.</source>
        <translation>Дата рождения {value} ещё не наступила: проверьте год.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="213"/>
        <source>This date already has an override: edit that one instead.</source>
        <translation>На эту дату уже есть исключение: измените его.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="216"/>
        <source>Write the date as dd.mm.yyyy, for example 14.03.1985.</source>
        <translation>Укажите дату в виде дд.мм.гггг, например 14.03.1985.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="221"/>
        <source>Unknown ground “{value}”: choose one of {choices}.</source>
        <translation>Неизвестное основание «{value}»: выберите одно из следующих: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="224"/>
        <source>Unknown outcome “{value}”: choose one of {choices}.</source>
        <translation>Неизвестный результат «{value}»: выберите один из следующих: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="229"/>
        <source>Write the note first.</source>
        <translation>Сначала напишите заметку.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="238"/>
        <source>Write the reason in Kazakh too: the extension notice in Kazakh prints it.</source>
        <translation>Укажите причину и на казахском: она печатается в уведомлении о продлении на казахском языке.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="241"/>
        <source>Write the reason in Russian too: the extension notice in Russian prints it.</source>
        <translation>Укажите причину и на русском: она печатается в уведомлении о продлении на русском языке.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="244"/>
        <source>Russian words in the Kazakh reason: {words}. Write it in Kazakh.</source>
        <translation>В причине на казахском есть русские слова: {words}. Напишите её на казахском.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="247"/>
        <source>Kazakh words in the Russian reason: {words}. Write it in Russian.</source>
        <translation>В причине на русском есть казахские слова: {words}. Напишите её на русском.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="252"/>
        <source>Write the ground in Kazakh too: the refusal in Kazakh prints it.</source>
        <translation>Напишите основание и на казахском: отказ на казахском его печатает.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="255"/>
        <source>Write the ground in Russian too: the refusal in Russian prints it.</source>
        <translation>Напишите основание и на русском: отказ на русском его печатает.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="258"/>
        <source>Write the note in Kazakh too: the act in Kazakh prints it.</source>
        <translation>Напишите примечание и на казахском: акт на казахском его печатает.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="261"/>
        <source>Write the note in Russian too: the act in Russian prints it.</source>
        <translation>Напишите примечание и на русском: акт на русском его печатает.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="269"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="270"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="271"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="273"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="274"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="275"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="276"/>
        <source>Postmark</source>
        <translation>Почтовый штемпель</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="277"/>
        <source>Letter date</source>
        <translation>Дата письма</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="278"/>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="279"/>
        <source>Channel</source>
        <translation>Способ получения</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="280"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="281"/>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="282"/>
        <location filename="../../ui/problems/input.py" line="350"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="283"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="284"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
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
        <translation>Скан-копия</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="288"/>
        <source>Request</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="289"/>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="290"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="291"/>
        <source>Birth date</source>
        <translation>Дата рожд.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="292"/>
        <source>Client&apos;s BIN</source>
        <translation>БИН клиента</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="293"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="294"/>
        <source>Name in Kazakh</source>
        <translation>Наименование на казахском</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="295"/>
        <source>Name in Russian</source>
        <translation>Наименование на русском</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="296"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="297"/>
        <source>Number prefix</source>
        <translation>Префикс номера</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="298"/>
        <source>Incoming number pattern</source>
        <translation>Шаблон входящего номера</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="299"/>
        <source>Outgoing number pattern</source>
        <translation>Шаблон исходящего номера</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="300"/>
        <source>Outgoing number pattern (Kazakh letters)</source>
        <translation>Шаблон исходящего номера (письма на казахском)</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="303"/>
        <source>Address in Kazakh</source>
        <translation>Адрес на казахском</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="304"/>
        <source>Address in Russian</source>
        <translation>Адрес на русском</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="305"/>
        <source>Signatory&apos;s position in Kazakh</source>
        <translation>Должность подписывающего на казахском</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="306"/>
        <source>Signatory&apos;s position in Russian</source>
        <translation>Должность подписывающего на русском</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="307"/>
        <source>Title in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="308"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="309"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="310"/>
        <source>Reason in Kazakh</source>
        <translation>Причина на казахском</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="311"/>
        <source>Reason in Russian</source>
        <translation>Причина на русском</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="312"/>
        <source>Working days</source>
        <translation>Рабочие дни</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="313"/>
        <source>New due date</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="314"/>
        <source>Stopped on</source>
        <translation>Дата приостановки</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="315"/>
        <source>Resumed on</source>
        <translation>Дата возобновления</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="316"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="317"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="318"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="319"/>
        <source>Preset</source>
        <translation>Готовая настройка</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="320"/>
        <source>Calendar day</source>
        <translation>День календаря</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="321"/>
        <location filename="../../ui/problems/input.py" line="358"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="322"/>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="325"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="326"/>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="327"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="328"/>
        <source>Ground of the refusal</source>
        <translation>Основание отказа</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="329"/>
        <source>What happened to the data</source>
        <translation>Что сделано с данными</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="330"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="331"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="332"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="341"/>
        <source>Daily backups kept</source>
        <translation>Хранимые ежедневные копии</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="342"/>
        <source>Weekly backups kept</source>
        <translation>Хранимые еженедельные копии</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="345"/>
        <source>Output file</source>
        <translation>Выходной файл</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="346"/>
        <source>Counted from</source>
        <translation>Отсчёт от</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="347"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="348"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="349"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="351"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="352"/>
        <source>Client organisation</source>
        <translation>Организация-клиент</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="355"/>
        <source>Version</source>
        <translation>Версия</translation>
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
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="360"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/problems/input.py" line="364"/>
        <source>Undo</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/problems/__init__.py" line="76"/>
        <source>Not accepted ({code}).</source>
        <translation>Не принято ({code}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/__init__.py" line="99"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="9"/>
        <source>Row {row}: the {language} text is missing.</source>
        <translation>Строка {row}: нет текста на языке: {language}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="12"/>
        <source>Row {row}: give the legal basis for keeping the data ({language}).</source>
        <translation>Строка {row}: укажите правовое основание хранения данных ({language}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="15"/>
        <source>Row {row}: give the retention period in years or months.</source>
        <translation>Строка {row}: укажите срок хранения в годах или месяцах.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="18"/>
        <source>Row {row}: “{value}” is not a two-letter country code (KZ, RU, DE…).</source>
        <translation>Строка {row}: «{value}» — не двухбуквенный код страны (KZ, RU, DE…).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="21"/>
        <source>The statement is not signed: only a signed written statement withdraws consent.</source>
        <translation>Заявление не подписано: согласие отзывается только подписанным письменным заявлением.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="25"/>
        <source>Check first whether the statement is signed.</source>
        <translation>Сначала проверьте, подписано ли заявление.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="28"/>
        <source>The IIN or the name on the letter does not match the record: clarify it with the subject or link the right record.</source>
        <translation>ИИН или ФИО в письме не совпадают с записью: уточните у субъекта или свяжите правильную запись.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="33"/>
        <source>Compare the IIN and the name on the letter with the record first.</source>
        <translation>Сначала сверьте ИИН и ФИО из письма с записью.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="36"/>
        <source>Say which law or which unfulfilled obligation stops the withdrawal.</source>
        <translation>Укажите, какой закон или какое неисполненное обязательство препятствует отзыву.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="39"/>
        <source>The ground in detail was not recorded in this language ({language}): the refusal cannot print it. Record it in this language on the Withdrawal tab (Decision).</source>
        <translation>Основание подробно не записано на этом языке ({language}): отказ не может его напечатать. Запишите его на этом языке на вкладке «Отзыв» (Решение).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="44"/>
        <source>A system&apos;s note was not recorded in this language ({language}): the act cannot print it. Record it in this language on the Withdrawal tab (Systems).</source>
        <translation>Примечание к системе не записано на этом языке ({language}): акт не может его напечатать. Запишите его на этом языке на вкладке «Отзыв» (Системы).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="49"/>
        <source>Processing cannot stop after the answer ({answered}).</source>
        <translation>Обработка не может быть прекращена позже ответа ({answered}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="52"/>
        <source>Choose what happened to this category: destroyed, anonymised or retained.</source>
        <translation>Выберите, что сделано с этой категорией: уничтожена, обезличена или сохранена.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="55"/>
        <source>Give the legal basis for keeping the data ({language}).</source>
        <translation>Укажите правовое основание хранения данных ({language}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="58"/>
        <source>The data must be kept until a day after {date}.</source>
        <translation>Данные должны храниться до даты позже {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="61"/>
        <source>Give the place the act was drawn up ({language}).</source>
        <translation>Укажите место составления акта ({language}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="64"/>
        <source>Name at least one person who carried out the destruction.</source>
        <translation>Укажите хотя бы одного человека, проводившего уничтожение.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="67"/>
        <source>Member {row}: give the position ({language}).</source>
        <translation>Участник {row}: укажите должность ({language}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="70"/>
        <source>Name the person who approves the act.</source>
        <translation>Укажите лицо, утверждающее акт.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="71"/>
        <source>The checks and the decision on this withdrawal are not recorded yet: record them on the Withdrawal tab first.</source>
        <translation>Проверки и решение по этому отзыву ещё не записаны: сначала запишите их на вкладке «Отзыв».</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="76"/>
        <source>No refusal is recorded: record the decision and its ground first.</source>
        <translation>Отказ не записан: сначала запишите решение и его основание.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="79"/>
        <source>The withdrawal is not accepted yet: record the decision first.</source>
        <translation>Отзыв ещё не принят: сначала запишите решение.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="82"/>
        <source>Record the day processing stopped first.</source>
        <translation>Сначала запишите дату прекращения обработки.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="83"/>
        <source>Systems not yet cleaned: {count} (the first: {first}).</source>
        <translation>Ещё не очищены систем: {count} (первая: {first}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="86"/>
        <source>Data categories without an outcome: {count} (the first: {first}).</source>
        <translation>Категорий данных без результата: {count} (первая: {first}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="89"/>
        <source>Finalise the destruction act before the confirmation.</source>
        <translation>Оформите акт об уничтожении окончательно до подтверждения.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="92"/>
        <source>A record cannot be merged into itself.</source>
        <translation>Запись нельзя объединить саму с собой.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="93"/>
        <source>This record was already merged into another one.</source>
        <translation>Эта запись уже объединена с другой.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="96"/>
        <source>The two records belong to different operators.</source>
        <translation>Две записи принадлежат разным операторам.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="101"/>
        <source>The letter and the record differ: say in the note why it is the same person, or record a mismatch.</source>
        <translation>Письмо и запись расходятся: укажите в примечании, почему это то же лицо, или запишите несовпадение.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="106"/>
        <source>No subject is linked, so there is no record to match: link it first.</source>
        <translation>Субъект не связан, сравнивать не с чем: сначала свяжите запись.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="109"/>
        <source>Link the subject&apos;s record first: its status changes when the confirmation is sent.</source>
        <translation>Сначала свяжите запись субъекта: её статус изменится при отправке подтверждения.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="113"/>
        <source>The answer to this withdrawal is finalised: nothing more can be recorded.</source>
        <translation>Ответ на этот отзыв оформлен окончательно: больше ничего записать нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="116"/>
        <source>Accept the withdrawal first: a refused or undecided one has nothing to destroy.</source>
        <translation>Сначала примите отзыв: при отказе или без решения уничтожать нечего.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="120"/>
        <source>The destruction act is finalised: what it states can no longer change.</source>
        <translation>Акт уничтожения оформлен окончательно: указанное в нём больше не меняется.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="123"/>
        <source>This type of request has no withdrawal workflow.</source>
        <translation>Для этого типа обращения нет процедуры отзыва.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="126"/>
        <source>This line is not part of this withdrawal.</source>
        <translation>Эта строка не относится к этому отзыву.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="127"/>
        <source>This consent is not one of the linked subject&apos;s.</source>
        <translation>Это согласие не принадлежит связанному субъекту.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="130"/>
        <source>Finalise the answer first: the subject receives the letter that states what was recorded.</source>
        <translation>Сначала оформьте ответ окончательно: субъект получает письмо, в котором изложено записанное.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="136"/>
        <source>The operator&apos;s data map lists none yet, and the access response lists them: fill in the map in Settings › Operators.</source>
        <translation>В карте данных оператора этого пока нет, а ответ о предоставлении сведений их перечисляет: заполните карту в разделе «Настройки › Операторы».</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="145"/>
        <source>This record is anonymised: nothing can be merged with it.</source>
        <translation>Эта запись обезличена: с ней ничего нельзя объединить.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="148"/>
        <source>The two records have different IINs: they are two people, not one.</source>
        <translation>У двух записей разные ИИН: это два разных человека, а не один.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="151"/>
        <source>This status is set by merging or purging records, not by hand.</source>
        <translation>Этот статус устанавливается при объединении или очистке записей, а не вручную.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="160"/>
        <source>Data categories</source>
        <translation>Категории данных</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="161"/>
        <source>Purposes</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="162"/>
        <source>Methods of processing</source>
        <translation>Способы обработки</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="163"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="164"/>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="165"/>
        <source>Systems</source>
        <translation>Системы</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="166"/>
        <source>Retention</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="167"/>
        <source>Withdrawal</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="168"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="169"/>
        <source>Ground in detail</source>
        <translation>Основание подробно</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="170"/>
        <source>Ground in detail in Kazakh</source>
        <translation>Основание подробно на казахском</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="171"/>
        <source>Ground in detail in Russian</source>
        <translation>Основание подробно на русском</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="172"/>
        <source>Note in Kazakh</source>
        <translation>Примечание на казахском</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="173"/>
        <source>Note in Russian</source>
        <translation>Примечание на русском</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="174"/>
        <source>Identity</source>
        <translation>Личность</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="175"/>
        <source>Processing stopped on</source>
        <translation>Обработка прекращена</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="176"/>
        <source>Done on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="177"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="178"/>
        <source>Outcomes</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="179"/>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="180"/>
        <source>Kept until</source>
        <translation>Хранится до</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="181"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="182"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="183"/>
        <source>Approved by</source>
        <translation>Утвердил</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="184"/>
        <source>Destruction act</source>
        <translation>Акт уничтожения</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="185"/>
        <source>Record kept</source>
        <translation>Сохраняемая запись</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="186"/>
        <source>Record merged</source>
        <translation>Присоединяемая запись</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="189"/>
        <source>Note on the identity</source>
        <translation>Примечание о личности</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="190"/>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <location filename="../../ui/problems/withdrawal.py" line="195"/>
        <source>Destruction act number pattern</source>
        <translation>Шаблон номера акта об уничтожении</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="9"/>
        <source>A letter sent this way has no tracking number: leave the field empty.</source>
        <translation>У письма, отправленного этим способом, нет трек-номера: оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="12"/>
        <source>“{value}” is not a UPU S10 number (2 letters, 9 digits, 2 letters, with a valid check digit). Keep it only if it is exactly what the receipt says.</source>
        <translation>«{value}» — не номер UPU S10 (2 буквы, 9 цифр, 2 буквы, с верной контрольной цифрой). Сохраните его, только если он в точности совпадает с квитанцией.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="17"/>
        <source>A letter cannot be sent before its own date ({letter_date}).</source>
        <translation>Письмо нельзя отправить раньше его даты ({letter_date}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="20"/>
        <source>The letter has not been dispatched yet.</source>
        <translation>Письмо ещё не отправлено.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="21"/>
        <source>Cannot be before the letter was sent ({sent_on}).</source>
        <translation>Не может быть раньше отправки письма ({sent_on}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="24"/>
        <source>Only a final letter (numbered, its PDF kept) can be dispatched.</source>
        <translation>Отправить можно только окончательное письмо (с номером и сохранённым PDF).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="27"/>
        <source>This is an internal document of the case: it is not sent.</source>
        <translation>Это внутренний документ дела: он не отправляется.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="30"/>
        <source>Letter {number} was already dispatched on {sent_on}.</source>
        <translation>Письмо № {number} уже отправлено {sent_on}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="33"/>
        <source>Letter {number} was already delivered on {on}.</source>
        <translation>Письмо № {number} уже вручено {on}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="36"/>
        <source>Letter {number} was already returned on {on}.</source>
        <translation>Письмо № {number} уже возвращено {on}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="39"/>
        <source>The request waits for the subject (the clock is stopped): resume the clock before its answer is sent.</source>
        <translation>Обращение ожидает ответа субъекта (срок приостановлен): возобновите срок до отправки ответа.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="44"/>
        <source>Choose at least one letter.</source>
        <translation>Выберите хотя бы одно письмо.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="45"/>
        <source>No final letter is numbered {number}.</source>
        <translation>Окончательного письма № {number} нет.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="46"/>
        <source>The letter is no longer there.</source>
        <translation>Письма больше нет.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="51"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="52"/>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="53"/>
        <source>Delivered on</source>
        <translation>Дата вручения</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="54"/>
        <source>Returned on</source>
        <translation>Дата возврата</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="55"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="56"/>
        <source>Outgoing number</source>
        <translation>Исходящий номер</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="57"/>
        <source>Days to wait for a delivery notice</source>
        <translation>Дней ожидания уведомления о вручении</translation>
    </message>
    <message>
        <location filename="../../ui/problems/dispatch.py" line="58"/>
        <source>Envelope size</source>
        <translation>Размер конверта</translation>
    </message>
    <message>
        <location filename="../../ui/problems/reports.py" line="9"/>
        <source>The period cannot end before it starts ({start}).</source>
        <translation>Период не может закончиться раньше, чем начался ({start}).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/reports.py" line="12"/>
        <source>“{value}” is not a report format: choose PDF or XLSX.</source>
        <translation>«{value}» — не формат отчёта: выберите PDF или XLSX.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/reports.py" line="15"/>
        <source>“{value}” is not a language of reports: choose Kazakh, Russian or English.</source>
        <translation>«{value}» — не язык отчёта: выберите казахский, русский или английский.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/reports.py" line="22"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../ui/problems/registers.py" line="9"/>
        <source>There is no register “{kind}” (incoming or outgoing).</source>
        <translation>Реестра «{kind}» нет (входящие или исходящие).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/registers.py" line="12"/>
        <source>A register is written in Kazakh, Russian or English, not “{language}”.</source>
        <translation>Реестр составляется на казахском, русском или английском, не на «{language}».</translation>
    </message>
    <message>
        <location filename="../../ui/problems/registers.py" line="15"/>
        <source>The register has no column “{column}”.</source>
        <translation>В реестре нет столбца «{column}».</translation>
    </message>
    <message>
        <location filename="../../ui/problems/registers.py" line="18"/>
        <source>Save the register as .xlsx, .csv or .pdf, not “{suffix}”.</source>
        <translation>Сохраните реестр как .xlsx, .csv или .pdf, а не «{suffix}».</translation>
    </message>
    <message>
        <location filename="../../ui/problems/registers.py" line="21"/>
        <source>The outgoing register is filtered only by operator and search.</source>
        <translation>Реестр исходящих фильтруется только по оператору и поиску.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/subject_import.py" line="9"/>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>«{value}» — не дата (используйте ГГГГ-ММ-ДД или ДД.ММ.ГГГГ).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/subject_import.py" line="12"/>
        <source>This IIN is already on line {line}.</source>
        <translation>Этот ИИН уже есть в строке {line}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/subject_import.py" line="13"/>
        <source>Line {line}: {reason}</source>
        <translation>Строка {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/problems/subject_import.py" line="14"/>
        <source>No column is mapped to the field “{field}”.</source>
        <translation>Ни один столбец не сопоставлен полю «{field}».</translation>
    </message>
    <message>
        <location filename="../../ui/problems/subject_import.py" line="17"/>
        <source>The file cannot be read as {encoding}.</source>
        <translation>Файл не читается в кодировке {encoding}.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/ocr.py" line="9"/>
        <source>Scans cannot be read: Tesseract OCR is not installed ({program} cannot be run). Register the letter by hand, or install Tesseract with the Kazakh and Russian language data (Windows: the UB-Mannheim installer; Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus).</source>
        <translation>Сканы нельзя прочитать: Tesseract OCR не установлен ({program} не запускается). Зарегистрируйте письмо вручную или установите Tesseract с данными казахского и русского языков (Windows: установщик UB-Mannheim; Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus).</translation>
    </message>
    <message>
        <location filename="../../ui/problems/ocr.py" line="16"/>
        <source>Scans cannot be read: Tesseract lacks the language data {missing} (it has {installed}). Windows: run the UB-Mannheim installer again and tick Kazakh and Russian; Debian/Ubuntu: apt-get install tesseract-ocr-kaz tesseract-ocr-rus.</source>
        <translation>Сканы нельзя прочитать: у Tesseract нет языковых данных {missing} (есть: {installed}). Windows: запустите установщик UB-Mannheim ещё раз и отметьте казахский и русский; Debian/Ubuntu: apt-get install tesseract-ocr-kaz tesseract-ocr-rus.</translation>
    </message>
    <message>
        <location filename="../../ui/problems/ocr.py" line="22"/>
        <source>Tesseract could not read page {page} ({detail}).</source>
        <translation>Tesseract не смог прочитать страницу {page} ({detail}).</translation>
    </message>
</context>
<context>
    <name>PurgePage</name>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="48"/>
        <source>Retention &amp;purge</source>
        <translation>&amp;Очистка по срокам хранения</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="61"/>
        <source>Data a finished withdrawal kept under a legal basis is purged once the date it was kept until has passed. The list below is a preview: nothing changes until you purge. A record of which nothing is retained any more is anonymised: its name, IIN, contacts and address, and the text and scans of its letters, are erased; the letters&apos; numbers, dates and checksums stay.</source>
        <translation>Данные, сохранённые по завершённому отзыву согласия на законном основании, очищаются, когда истёк срок, до которого их хранили. Список ниже — предварительный просмотр: пока вы не запустите очистку, ничего не меняется. Запись, по которой больше ничего не хранится, обезличивается: ФИО, ИИН, контакты и адрес, а также текст и сканы её писем стираются; номера, даты и контрольные суммы писем остаются.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="79"/>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="80"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="81"/>
        <source>Data categories</source>
        <translation>Категории данных</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="82"/>
        <source>Kept until</source>
        <translation>Хранились до</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="83"/>
        <source>After the purge</source>
        <translation>После очистки</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="98"/>
        <source>Pre&amp;view again</source>
        <translation>&amp;Просмотреть снова</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="100"/>
        <source>P&amp;urge…</source>
        <translation>О&amp;чистить…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="103"/>
        <source>&amp;Stop</source>
        <translation>Ос&amp;тановить</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="130"/>
        <source>Looking for data past its retention date…</source>
        <translation>Поиск данных с истёкшим сроком хранения…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="140"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="157"/>
        <source>Past their retention date: {0} data categories of {1} subjects. Records to be anonymised: {2}.</source>
        <translation>Срок хранения истёк: категорий данных — {0}, субъектов — {1}. Будет обезличено записей: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="163"/>
        <source>Nothing is past its retention date today: there is nothing to purge.</source>
        <translation>Сегодня нет данных с истёкшим сроком хранения: очищать нечего.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="169"/>
        <source>The record is anonymised</source>
        <translation>Запись будет обезличена</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="171"/>
        <source>Kept: other data is retained until {0}</source>
        <translation>Сохраняется: другие данные хранятся до {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="175"/>
        <source>Kept: the subject is active again</source>
        <translation>Сохраняется: субъект снова активен</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="177"/>
        <source>Kept: a letter of theirs is still being worked</source>
        <translation>Сохраняется: его обращение ещё в работе</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="178"/>
        <source>Already anonymised or merged</source>
        <translation>Уже обезличена или объединена</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="200"/>
        <source>Purge the {0} data categories past their retention date?

Records to be anonymised for good: {1}. Their names, IIN, contacts and address, and the text and scans of their letters, cannot be brought back. The purge is recorded in the audit log.</source>
        <translation>Очистить категории данных с истёкшим сроком хранения ({0})?

Будет безвозвратно обезличено записей: {1}. ФИО, ИИН, контакты и адрес, а также текст и сканы их писем восстановить будет нельзя. Очистка записывается в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="207"/>
        <source>Retention purge</source>
        <translation>Очистка по срокам хранения</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="213"/>
        <source>&amp;Purge</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="255"/>
        <source>Purged: {0} data categories of {1} subjects. Records anonymised: {2}.</source>
        <translation>Очищено категорий данных: {0}, субъектов: {1}. Обезличено записей: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/purge_page.py" line="258"/>
        <source>Stopped. What was purged by then stays purged.</source>
        <translation>Остановлено. То, что уже очищено, остаётся очищенным.</translation>
    </message>
</context>
<context>
    <name>RegisterChip</name>
    <message>
        <location filename="../../ui/screens/register_chip.py" line="20"/>
        <source>Answers to print</source>
        <translation>Ответы к печати</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_chip.py" line="21"/>
        <source>Letters to post</source>
        <translation>Письма к отправке</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_chip.py" line="22"/>
        <source>Awaiting a delivery notice</source>
        <translation>Ожидается уведомление о вручении</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_chip.py" line="45"/>
        <source>Drop this filter</source>
        <translation>Убрать этот фильтр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_chip.py" line="56"/>
        <source>Due on {0}</source>
        <translation>Срок исполнения: {0}</translation>
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
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="120"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="121"/>
        <source>Postmark</source>
        <translation>Почтовый штемпель</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="122"/>
        <source>Letter date</source>
        <translation>Дата письма</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="123"/>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="124"/>
        <source>Channel</source>
        <translation>Способ получения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="125"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="126"/>
        <location filename="../../ui/dialogs/register_letter.py" line="127"/>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="128"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="129"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="130"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="131"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="132"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="133"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
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
        <translation>Скан-копии</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="188"/>
        <location filename="../../ui/dialogs/register_letter.py" line="393"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="289"/>
        <source>No operator profile yet</source>
        <translation>Профиля оператора пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="381"/>
        <source>Registering the letter…</source>
        <translation>Регистрация письма…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="384"/>
        <source>To register: {0} — {1}</source>
        <translation>Для регистрации: {0} — {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/register_letter.py" line="388"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(и ещё %n)</numerusform>
            <numerusform>(и ещё %n)</numerusform>
            <numerusform>(и ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="391"/>
        <source>Checking the scans…</source>
        <translation>Проверка скан-копий…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="395"/>
        <source>Ready: Enter or Ctrl+Enter registers the letter and gives its number.</source>
        <translation>Готово: Enter или Ctrl+Enter регистрирует письмо и присваивает ему номер.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="477"/>
        <source>Link to a subject with another IIN?</source>
        <translation>Привязать к субъекту с другим ИИН?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="478"/>
        <source>Link the letter to {0}?</source>
        <translation>Привязать письмо к субъекту {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="485"/>
        <source>The letter gives the IIN {0}, but {1} has the IIN {2}. Link only if you are sure they are the same person.</source>
        <translation>В письме указан ИИН {0}, а у субъекта {1} ИИН {2}. Привязывайте, только если уверены, что это одно и то же лицо.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="489"/>
        <source>&amp;Link anyway</source>
        <translation>&amp;Всё равно привязать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="490"/>
        <source>&amp;Go back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="525"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="524"/>
        <source>Not registered. {0}</source>
        <translation>Не зарегистрировано. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="532"/>
        <source>The letter was not registered</source>
        <translation>Письмо не зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="545"/>
        <location filename="../../ui/dialogs/register_letter.py" line="546"/>
        <source>Discard this letter?</source>
        <translation>Отказаться от регистрации письма?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="551"/>
        <source>What you typed has not been registered yet.</source>
        <translation>Введённые данные ещё не зарегистрированы.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="552"/>
        <source>&amp;Discard</source>
        <translation>&amp;Отказаться</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter.py" line="553"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить ввод</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="9"/>
        <source>Register a letter</source>
        <translation>Регистрация письма</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="25"/>
        <source>The letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="33"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="39"/>
        <source>The organisation the letter is addressed to; numbering follows its pattern</source>
        <translation>Организация, которой адресовано письмо; нумерация ведётся по её шаблону</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="44"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="50"/>
        <source>What the subject asks for; the type sets the response term</source>
        <translation>О чём просит субъект; от типа зависит срок ответа</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="55"/>
        <source>&amp;Received:</source>
        <translation>&amp;Поступило:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="68"/>
        <source>The day the letter reached the operator (day 0 of the term)</source>
        <translation>День, когда письмо поступило оператору (день 0 срока)</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="82"/>
        <source>Tick when the envelope shows the date it was posted</source>
        <translation>Отметьте, если на конверте видна дата отправки</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="84"/>
        <source>Post&amp;mark:</source>
        <translation>&amp;Штемпель:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="97"/>
        <source>The date stamped on the envelope by the post office</source>
        <translation>Дата почтового штемпеля на конверте</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="111"/>
        <source>Tick when the letter itself is dated</source>
        <translation>Отметьте, если на самом письме стоит дата</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="113"/>
        <source>Letter d&amp;ate:</source>
        <translation>Дата &amp;письма:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="126"/>
        <source>The date the sender wrote on the letter (not the postmark)</source>
        <translation>Дата, которую отправитель поставил на письме (не почтовый штемпель)</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="140"/>
        <source>Re&amp;gistered on:</source>
        <translation>Дата ре&amp;гистрации:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="153"/>
        <source>The day the letter is entered in the register (today unless entered late)</source>
        <translation>День внесения письма в реестр (сегодня, если не вносится с опозданием)</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="167"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Способ получения:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="176"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="182"/>
        <source>The language the letter is written in; the answer defaults to it</source>
        <translation>Язык письма; по умолчанию ответ пишется на нём</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="187"/>
        <source>A consent withdrawal must be a signed written statement</source>
        <translation>Отзыв согласия должен быть подписанным письменным заявлением</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="188"/>
        <source>&amp;Signed by hand</source>
        <translation>Подписано со&amp;бственноручно</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="193"/>
        <source>S&amp;ender as written:</source>
        <translation>Отправите&amp;ль (как в письме):</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="200"/>
        <source>Surname, name and patronymic exactly as signed</source>
        <translation>Фамилия, имя и отчество точно так, как в подписи</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="210"/>
        <source>Sender&apos;s a&amp;ddress:</source>
        <translation>&amp;Адрес отправителя:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="219"/>
        <source>Postal address for the answer, several lines</source>
        <translation>Почтовый адрес для ответа, в несколько строк</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="224"/>
        <source>Summar&amp;y:</source>
        <translation>&amp;Краткое содержание:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="233"/>
        <source>What the subject asks, in a sentence or two</source>
        <translation>О чём просит субъект — в одном-двух предложениях</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="238"/>
        <source>Assig&amp;nee:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="245"/>
        <source>Who works on the letter (optional)</source>
        <translation>Кто исполняет письмо (необязательно)</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="256"/>
        <source>The subject who wrote</source>
        <translation>Автор письма (субъект)</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="267"/>
        <source>&amp;IIN:</source>
        <translation>ИИ&amp;Н:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="278"/>
        <source>The subject&apos;s 12-digit IIN if the letter gives it; checked by its check digit</source>
        <translation>12-значный ИИН субъекта, если он указан в письме; проверяется по контрольной цифре</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="279"/>
        <source>12 digits, if the letter gives it</source>
        <translation>12 цифр, если указан в письме</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="291"/>
        <source>&amp;Find:</source>
        <translation>На&amp;йти:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="297"/>
        <source>Search the operator&apos;s subjects by name in Kazakh, Russian or Latin spelling, or by IIN. Empty: the sender and the IIN above are searched.</source>
        <translation>Поиск субъектов оператора по имени в казахском, русском или латинском написании либо по ИИН. Пусто — ищутся отправитель и ИИН, указанные выше.</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="298"/>
        <source>Another name or IIN (empty: the sender and the IIN are searched)</source>
        <translation>Другое имя или ИИН (пусто — ищутся отправитель и ИИН)</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="322"/>
        <source>Lin&amp;k to the subject selected above</source>
        <translation>При&amp;вязать к выбранному выше субъекту</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="327"/>
        <source>Create a new su&amp;bject from this letter</source>
        <translation>Со&amp;здать нового субъекта по этому письму</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="333"/>
        <source>The new subject&apos;s contacts (an existing subject&apos;s contacts are changed in its card)</source>
        <translation>Контакты нового субъекта (контакты существующего субъекта меняются в его карточке)</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="341"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="352"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="366"/>
        <source>Leave &amp;unlinked for now</source>
        <translation>Пока н&amp;е привязывать</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="375"/>
        <source>Due date</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="393"/>
        <source>The receipt day, day 1, every non-working day skipped and why, and the term with its basis</source>
        <translation>День поступления, день 1, каждый пропущенный нерабочий день с причиной, а также срок и его основание</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="394"/>
        <source>How was this &amp;counted?</source>
        <translation>Как это &amp;рассчитано?</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="431"/>
        <source>Register the letter (Enter or Ctrl+Enter)</source>
        <translation>Зарегистрировать письмо (Enter или Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="432"/>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="438"/>
        <source>Close without registering (Esc)</source>
        <translation>Закрыть без регистрации (Esc)</translation>
    </message>
    <message>
        <location filename="../../../forms/register_letter.ui" line="439"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RegisterOutput</name>
    <message>
        <location filename="../../ui/register_output.py" line="82"/>
        <source>Export the register</source>
        <translation>Экспорт реестра</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="88"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="89"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="90"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="97"/>
        <source>incoming-register</source>
        <translation>реестр-входящих</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="97"/>
        <source>outgoing-register</source>
        <translation>реестр-исходящих</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="108"/>
        <source>Exporting the register…</source>
        <translation>Экспорт реестра…</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="114"/>
        <source>Register saved: {0} ({1} rows)</source>
        <translation>Реестр сохранён: {0} (строк: {1})</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="134"/>
        <source>Preparing the register for printing…</source>
        <translation>Реестр готовится к печати…</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="167"/>
        <source>Printing cancelled</source>
        <translation>Печать отменена</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="169"/>
        <source>Not printed: {0}</source>
        <translation>Не напечатано: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="173"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/register_output.py" line="176"/>
        <source>Sent {0} pages to the printer</source>
        <translation>На принтер отправлено страниц: {0}</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../ui/dashboard/reminder.py" line="47"/>
        <source>Overdue requests: {0}</source>
        <translation>Просроченных обращений: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/reminder.py" line="49"/>
        <source>Requests due today: {0}</source>
        <translation>Обращений со сроком сегодня: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/reminder.py" line="52"/>
        <source>Deadlines today</source>
        <translation>Сроки на сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/reminder.py" line="62"/>
        <source>Show the overdue</source>
        <translation>Показать просроченные</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/reminder.py" line="66"/>
        <source>Show today&apos;s</source>
        <translation>Показать сегодняшние</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../ui/screens/registry.py" line="67"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="88"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="89"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="90"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="91"/>
        <source>Chosen dates</source>
        <translation>Выбранные даты</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="98"/>
        <location filename="../../ui/screens/reports.py" line="258"/>
        <source>All operators</source>
        <translation>Все операторы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="101"/>
        <source>The language of the saved file&apos;s headings</source>
        <translation>Язык заголовков сохраняемого файла</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="103"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="104"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="105"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="108"/>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="110"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="112"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="115"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="121"/>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="123"/>
        <source>Save as &amp;XLSX…</source>
        <translation>Сохранить в &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="125"/>
        <source>File &amp;language:</source>
        <translation>&amp;Язык файла:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="135"/>
        <source>Key figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="138"/>
        <source>Requests received</source>
        <translation>Поступило обращений</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="139"/>
        <location filename="../../ui/screens/reports.py" line="289"/>
        <source>Answered</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="140"/>
        <source>Answered on time</source>
        <translation>Отвечено в срок</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="141"/>
        <source>Late (answered late or overdue)</source>
        <translation>С нарушением срока (ответ с опозданием или просрочено)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="142"/>
        <source>On-time rate</source>
        <translation>Доля ответов в срок</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="143"/>
        <source>Median working days to answer</source>
        <translation>Медиана срока ответа, рабочих дней</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="144"/>
        <source>Longest working days to answer</source>
        <translation>Наибольший срок ответа, рабочих дней</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="145"/>
        <source>Requests with the clock stopped</source>
        <translation>Обращений с приостановкой срока</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="146"/>
        <source>Clock-stop time, working days</source>
        <translation>Время приостановки срока, рабочих дней</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="161"/>
        <source>Requests by type</source>
        <translation>Обращения по видам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="165"/>
        <source>By type</source>
        <translation>По видам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="165"/>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="166"/>
        <source>By outcome</source>
        <translation>По результату</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="166"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="167"/>
        <source>By operator</source>
        <translation>По операторам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="167"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="168"/>
        <source>By channel</source>
        <translation>По способу поступления</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="168"/>
        <source>Channel</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="175"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="175"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="235"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="290"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="291"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="292"/>
        <source>Still open</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="328"/>
        <source>Requests</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="359"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="365"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="367"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="388"/>
        <source>Preparing…</source>
        <translation>Подготовка…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="394"/>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../ui/models/request_table.py" line="79"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="80"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="81"/>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="82"/>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="83"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="84"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="85"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="86"/>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="87"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="88"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="105"/>
        <source>late by {0}</source>
        <translation>просрочка {0} раб. дн.</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="117"/>
        <source>stopped, {0} left</source>
        <translation>приост., осталось {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="121"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="123"/>
        <source>overdue by {0}</source>
        <translation>просрочено на {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="279"/>
        <source>Working days from today to the due date; the colour shows how urgent</source>
        <translation>Рабочие дни от сегодняшнего дня до срока; цвет показывает срочность</translation>
    </message>
    <message>
        <location filename="../../ui/models/request_table.py" line="341"/>
        <source>{0}; extended after the due date had passed by {1} working days</source>
        <translation>{0}; продлено, когда срок был уже просрочен на {1} раб. дн.</translation>
    </message>
</context>
<context>
    <name>RequestsFilters</name>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="20"/>
        <source>Incoming requests</source>
        <translation>Входящие обращения</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="33"/>
        <source>Find a request by its registration number, the subject&apos;s IIN, or a name in Kazakh, Russian or Latin letters (Ctrl+F)</source>
        <translation>Найти обращение по регистрационному номеру, ИИН субъекта или имени казахскими, русскими или латинскими буквами (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="34"/>
        <source>Search: number, IIN, name or a word of the letter</source>
        <translation>Поиск: номер, ИИН, имя или слово из письма</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="42"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="48"/>
        <source>Show every request again</source>
        <translation>Снова показать все обращения</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="49"/>
        <source>Cl&amp;ear filters</source>
        <translation>С&amp;бросить фильтры</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="55"/>
        <source>Generate or print the letters of the selected requests (Ctrl+Shift+B)</source>
        <translation>Сформировать или напечатать письма по выбранным обращениям (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="56"/>
        <source>&amp;Batch letters…</source>
        <translation>Пак&amp;ет писем…</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="62"/>
        <source>Register an incoming letter (Ctrl+N)</source>
        <translation>Зарегистрировать входящее письмо (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="63"/>
        <source>Register a letter…</source>
        <translation>Зарегистрировать письмо…</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="75"/>
        <source>&amp;Type</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="86"/>
        <source>&amp;Status</source>
        <translation>Ст&amp;атус</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="97"/>
        <source>&amp;Deadline</source>
        <translation>Сро&amp;к</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="108"/>
        <source>&amp;Operator</source>
        <translation>&amp;Оператор</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="119"/>
        <source>&amp;Assignee</source>
        <translation>&amp;Исполнитель</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="130"/>
        <source>Only letters received between these dates (inclusive)</source>
        <translation>Только письма, поступившие в этот период (включительно)</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="131"/>
        <source>&amp;Received</source>
        <translation>&amp;Поступило</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="140"/>
        <source>Received on or after</source>
        <translation>Поступило не ранее</translation>
    </message>
    <message>
        <location filename="../../../forms/requests_filters.ui" line="153"/>
        <source>Received on or before</source>
        <translation>Поступило не позднее</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <location filename="../../ui/screens/registry.py" line="57"/>
        <source>Requests</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="111"/>
        <location filename="../../ui/screens/requests.py" line="490"/>
        <source>No requests match these filters.</source>
        <translation>Нет обращений, соответствующих фильтрам.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="178"/>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="181"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="182"/>
        <source>Open (an answer is owed)</source>
        <translation>Открытые (ответ не дан)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="185"/>
        <source>Any deadline</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="188"/>
        <source>All operators</source>
        <translation>Все операторы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="189"/>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="190"/>
        <source>Nobody assigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="412"/>
        <source>Operator No. {0}</source>
        <translation>Оператор № {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="485"/>
        <source>1 request</source>
        <translation>1 обращение</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/requests.py" line="485"/>
        <source>%Ln requests</source>
        <translation>
            <numerusform>%Ln обращение</numerusform>
            <numerusform>%Ln обращения</numerusform>
            <numerusform>%Ln обращений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="492"/>
        <source>No letters are registered yet.</source>
        <translation>Пока не зарегистрировано ни одного письма.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="498"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="543"/>
        <source>Batch letters</source>
        <translation>Пакет писем</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="544"/>
        <source>Select the requests to answer first (Ctrl+click or Shift+click).</source>
        <translation>Сначала выберите обращения, на которые нужно ответить (Ctrl+щелчок или Shift+щелчок).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="567"/>
        <source>&amp;Open the case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="570"/>
        <source>&amp;Batch letters for the selection…</source>
        <translation>&amp;Пакет писем по выбранным…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="572"/>
        <source>&amp;Dispatch…</source>
        <translation>&amp;Отправить…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="577"/>
        <source>&amp;Copy the registration number</source>
        <translation>&amp;Копировать регистрационный номер</translation>
    </message>
</context>
<context>
    <name>ScanList</name>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="91"/>
        <source>&amp;Add scans…</source>
        <translation>&amp;Добавить скан-копии…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="93"/>
        <source>Choose scan files; you can also drop them onto this window</source>
        <translation>Выберите файлы скан-копий; их можно также перетащить в это окно</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="96"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="97"/>
        <source>Remove the selected scans from the letter (Delete)</source>
        <translation>Убрать выбранные скан-копии из письма (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="104"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="105"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="106"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="107"/>
        <source>ID-document copy</source>
        <translation>Копия удостоверения личности</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="108"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="114"/>
        <source>Tick when the scan is a copy of a passport or ID card: since 2024 the law bans collecting paper copies of identity documents, so the copy is flagged for destruction. Space ticks the selected row.</source>
        <translation>Отметьте, если скан — копия паспорта или удостоверения личности: с 2024 года закон запрещает собирать бумажные копии документов, удостоверяющих личность, поэтому копия помечается для уничтожения. Пробел отмечает выбранную строку.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="146"/>
        <source>A scan marked as an identity-document copy is flagged for destruction: since 2024 the law bans collecting paper copies of ID documents. Check the identity against the subject&apos;s record instead, then destroy the copy from the case.</source>
        <translation>Скан, отмеченный как копия документа, удостоверяющего личность, помечается для уничтожения: с 2024 года закон запрещает собирать бумажные копии таких документов. Вместо этого сверьте личность с записью субъекта, затем уничтожьте копию в деле.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="222"/>
        <source>Add scans of the letter</source>
        <translation>Добавить скан-копии письма</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="227"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Скан-копии (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="228"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="289"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="307"/>
        <source>Left out: the same scan is in the list already</source>
        <translation>Пропущено: такая же скан-копия уже есть в списке</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="336"/>
        <source>Flagged for destruction: identity-document copy</source>
        <translation>Помечено для уничтожения: копия документа, удостоверяющего личность</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="339"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="345"/>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="360"/>
        <source>Refused: the file cannot be read ({0})</source>
        <translation>Отклонено: файл не читается ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="362"/>
        <source>Refused: the file is empty</source>
        <translation>Отклонено: файл пуст</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="364"/>
        <source>Refused: {0} is over the limit of {1} per scan</source>
        <translation>Отклонено: {0} превышает предел {1} на одну скан-копию</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="370"/>
        <source>Refused: not a PDF, JPEG, PNG or TIFF scan (it is {0})</source>
        <translation>Отклонено: это не скан в формате PDF, JPEG, PNG или TIFF (тип файла: {0})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="373"/>
        <source>Refused: not a PDF, JPEG, PNG or TIFF scan</source>
        <translation>Отклонено: это не скан в формате PDF, JPEG, PNG или TIFF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="375"/>
        <source>Refused: looks like a {0} but is damaged and cannot be opened</source>
        <translation>Отклонено: похоже на {0}, но файл повреждён и не открывается</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_list.py" line="417"/>
        <source>Drop scans of the letter here or use Add scans: PDF, JPEG, PNG or TIFF, up to {0} each.</source>
        <translation>Перетащите сюда скан-копии письма или нажмите «Добавить скан-копии»: PDF, JPEG, PNG или TIFF, не более {0} каждая.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/scan_list.py" line="422"/>
        <source>%n scan(s) will be stored with the letter</source>
        <translation>
            <numerusform>С письмом будет сохранена %n скан-копия</numerusform>
            <numerusform>С письмом будут сохранены %n скан-копии</numerusform>
            <numerusform>С письмом будут сохранены %n скан-копий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/scan_list.py" line="425"/>
        <source>%n refused (left out)</source>
        <translation>
            <numerusform>%n отклонена (пропущена)</numerusform>
            <numerusform>%n отклонены (пропущены)</numerusform>
            <numerusform>%n отклонено (пропущено)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/scan_list.py" line="427"/>
        <source>%n being checked…</source>
        <translation>
            <numerusform>%n проверяется…</numerusform>
            <numerusform>%n проверяются…</numerusform>
            <numerusform>%n проверяются…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanReader</name>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="110"/>
        <source>Stop reading</source>
        <translation>Остановить распознавание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="112"/>
        <source>Stop reading the scans (they are still registered with the letter)</source>
        <translation>Остановить распознавание скан-копий (они всё равно сохранятся с письмом)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="116"/>
        <source>Accept all proposals</source>
        <translation>Принять все предложения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="120"/>
        <source>Fill every field the scan proposes a value for, except those you typed in ({0})</source>
        <translation>Заполнить все поля, для которых скан-копия предлагает значение, кроме заполненных вами ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="125"/>
        <source>Point at a proposal to see where it was read</source>
        <translation>Наведите указатель на предложение, чтобы увидеть, где оно прочитано</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="285"/>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="289"/>
        <source>{0} could not be read: {1}</source>
        <translation>Не удалось распознать {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="323"/>
        <source>Registering once the scans are read (Stop reading registers at once)…</source>
        <translation>Письмо будет зарегистрировано, когда скан-копии распознаются (остановка распознавания регистрирует сразу)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="341"/>
        <source>If Tesseract is installed elsewhere, set DERBES_TESSERACT to its program (tesseract.exe on Windows).</source>
        <translation>Если Tesseract установлен в другом месте, укажите его программу в переменной DERBES_TESSERACT (в Windows — tesseract.exe).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="351"/>
        <source>Reading {0}: page {1} of {2}…</source>
        <translation>Распознаётся {0}: страница {1} из {2}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="355"/>
        <source>Reading {0}…</source>
        <translation>Распознаётся {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="358"/>
        <source>Then {0} more.</source>
        <translation>Затем ещё {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="361"/>
        <source>The scan proposes values at the fields: click one to accept it.</source>
        <translation>Скан-копия предлагает значения у полей: нажмите на значение, чтобы принять его.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="363"/>
        <source>Reading stopped.</source>
        <translation>Распознавание остановлено.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="366"/>
        <source>Reading stopped: fill the fields by hand.</source>
        <translation>Распознавание остановлено: заполните поля вручную.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="369"/>
        <source>Nothing to propose was read on the scans.</source>
        <translation>На скан-копиях не прочитано ничего, что можно предложить.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="372"/>
        <source>Added scans are read, and what they say is proposed at the fields.</source>
        <translation>Добавленные скан-копии распознаются, а прочитанное предлагается у полей.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="462"/>
        <source>In the field</source>
        <translation>Уже в поле</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="465"/>
        <source>Click to put this in the field (read with {0}% confidence)</source>
        <translation>Нажмите, чтобы вставить в поле (уверенность распознавания {0}%)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="478"/>
        <source>Letter dated {0}</source>
        <translation>Письмо от {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="480"/>
        <source>A signature line is present</source>
        <translation>Есть строка для подписи</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_ocr.py" line="482"/>
        <source>Add: {0}</source>
        <translation>Добавить: {0}</translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="63"/>
        <source>Previous page (Page Up)</source>
        <translation>Предыдущая страница (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="68"/>
        <source>Next page (Page Down)</source>
        <translation>Следующая страница (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="69"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Уменьшить (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="73"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="75"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="78"/>
        <source>Fit the page to the width of the viewer (Ctrl+0)</source>
        <translation>Подогнать страницу по ширине области просмотра (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="80"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="81"/>
        <source>Actual size (Ctrl+1)</source>
        <translation>Реальный размер (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="129"/>
        <location filename="../../ui/widgets/scan_viewer.py" line="145"/>
        <source>No scan selected.</source>
        <translation>Скан-копия не выбрана.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="161"/>
        <source>This PDF cannot be displayed (it may be damaged).</source>
        <translation>Этот PDF не удаётся показать (возможно, он повреждён).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="192"/>
        <source>This image cannot be displayed (it may be damaged).</source>
        <translation>Это изображение не удаётся показать (возможно, оно повреждено).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scan_viewer.py" line="314"/>
        <source>Page {0} of {1}</source>
        <translation>Страница {0} из {1}</translation>
    </message>
</context>
<context>
    <name>ScansPanel</name>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="72"/>
        <source>&amp;Add scan…</source>
        <translation>Добавить с&amp;кан…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="73"/>
        <source>Add a PDF, JPEG, PNG or TIFF scan (Ctrl+Shift+O)</source>
        <translation>Добавить скан-копию в формате PDF, JPEG, PNG или TIFF (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="74"/>
        <source>&amp;Destroy scan…</source>
        <translation>&amp;Уничтожить скан…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="75"/>
        <location filename="../../ui/widgets/scans_panel.py" line="208"/>
        <source>ID copy</source>
        <translation>Копия ДУЛ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="79"/>
        <source>Mark the scan as a copy of an identity document: such copies may not be kept (since 2024) and are flagged for destruction</source>
        <translation>Отметить скан как копию документа, удостоверяющего личность: такие копии хранить нельзя (с 2024 года), они помечаются для уничтожения</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="105"/>
        <source>Why is the scan destroyed?</source>
        <translation>Почему уничтожается скан-копия?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="107"/>
        <source>Destroy</source>
        <translation>Уничтожить</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="110"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="204"/>
        <source>Destroyed {0}</source>
        <translation>Уничтожено {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="206"/>
        <source>⚠ ID copy — flagged for destruction</source>
        <translation>⚠ Копия ДУЛ — помечена для уничтожения</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="218"/>
        <source>No scans yet. Add the letter&apos;s scan with “Add scan…”.</source>
        <translation>Скан-копий пока нет. Добавьте скан-копию письма кнопкой «Добавить скан…».</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="220"/>
        <source>No scan selected.</source>
        <translation>Скан-копия не выбрана.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="227"/>
        <source>This scan was destroyed on {0}.
Its record and SHA-256 stay for the audit.</source>
        <translation>Эта скан-копия уничтожена {0}.
Запись о ней и SHA-256 сохраняются для аудита.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="240"/>
        <source>Loading {0}…</source>
        <translation>Загрузка: {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="273"/>
        <source>Select a scan first</source>
        <translation>Сначала выберите скан-копию</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="276"/>
        <source>This scan was destroyed already</source>
        <translation>Эта скан-копия уже уничтожена</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="279"/>
        <source>Erase the scan&apos;s content for good, with a reason (kept in the audit)</source>
        <translation>Безвозвратно стереть содержимое скан-копии с указанием причины (сохраняется в аудите)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="287"/>
        <source>Add scans of the letter</source>
        <translation>Добавить скан-копии письма</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="292"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Скан-копии (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="293"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="332"/>
        <source>Add scan…</source>
        <translation>Добавить скан…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="334"/>
        <source>Identity-document copy</source>
        <translation>Копия документа, удостоверяющего личность</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="338"/>
        <source>Destroy scan…</source>
        <translation>Уничтожить скан…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="347"/>
        <source>Destroy “{0}”? Its content is erased for good; the record of it and its SHA-256 stay in the case and the audit log.</source>
        <translation>Уничтожить «{0}»? Содержимое будет стёрто безвозвратно; запись о нём и SHA-256 останутся в деле и в журнале аудита.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="352"/>
        <source>Copy of an identity document: collecting such copies is banned since 2024</source>
        <translation>Копия документа, удостоверяющего личность: сбор таких копий запрещён с 2024 года</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scans_panel.py" line="373"/>
        <source>Say why the scan is destroyed.</source>
        <translation>Укажите, почему уничтожается скан-копия.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/registry.py" line="77"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="91"/>
        <source>Unsaved template</source>
        <translation>Несохранённый шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="92"/>
        <source>Your edits to the letter template are not saved. Discard them and quit?</source>
        <translation>Изменения шаблона письма не сохранены. Отменить их и выйти?</translation>
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
        <translation>{0}, БИН {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="190"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="190"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="192"/>
        <source>The IIN suggests: born {0}, {1} (a hint only).</source>
        <translation>По ИИН: дата рождения {0}, пол {1} (только подсказка).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="197"/>
        <source>The IIN suggests born {0}, {1}, unlike the birth date on record (a hint only: since 2013 IINs need not follow the birth date).</source>
        <translation>По ИИН дата рождения {0}, пол {1}, что расходится с датой рождения в записи (только подсказка: с 2013 года ИИН может не соответствовать дате рождения).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="207"/>
        <source>(document not recorded)</source>
        <translation>(документ не указан)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="210"/>
        <source>edition {0} of {1}</source>
        <translation>редакция {0} от {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="214"/>
        <source>edition {0}</source>
        <translation>редакция {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="216"/>
        <source>in force from {0}</source>
        <translation>действует с {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="219"/>
        <source>Withdrawn {0}, {1}</source>
        <translation>Отозвано {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="223"/>
        <source>Withdrawn {0}</source>
        <translation>Отозвано {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="225"/>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="235"/>
        <source>Consents ({0})</source>
        <translation>Согласия ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="256"/>
        <source>Letters ({0})</source>
        <translation>Письма ({0})</translation>
    </message>
</context>
<context>
    <name>SubjectCounts</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/register_letter_subject.py" line="24"/>
        <source>%n subject(s) match: select one to link.</source>
        <translation>
            <numerusform>Найден %n подходящий субъект: выберите, кого привязать.</numerusform>
            <numerusform>Найдено %n подходящих субъекта: выберите, кого привязать.</numerusform>
            <numerusform>Найдено %n подходящих субъектов: выберите, кого привязать.</numerusform>
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
        <translation>Новый субъект</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/subject_dialog.py" line="119"/>
        <location filename="../../ui/dialogs/subject_dialog.py" line="120"/>
        <source>Edit subject</source>
        <translation>Изменение субъекта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/subject_dialog.py" line="122"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/subject_dialog.py" line="142"/>
        <source>Operator: {0}</source>
        <translation>Оператор: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/subject_dialog.py" line="147"/>
        <source>Edit subject: {0}</source>
        <translation>Изменение субъекта: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/subject_dialog.py" line="208"/>
        <source>The IIN suggests: born {0}, {1} (a hint only).</source>
        <translation>По ИИН: дата рождения {0}, пол {1} (только подсказка).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/subject_dialog.py" line="207"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/subject_dialog.py" line="207"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="12"/>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="35"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="45"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="52"/>
        <source>required, as on the letter or in the records</source>
        <translation>обязательно, как в письме или в учётных данных</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="65"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="78"/>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="85"/>
        <source>if any</source>
        <translation>при наличии</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="92"/>
        <source>&amp;IIN:</source>
        <translation>ИИ&amp;Н:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="99"/>
        <source>12 digits, if known</source>
        <translation>12 цифр, если известен</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="118"/>
        <source>&amp;Birth date:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="125"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="139"/>
        <source>Contacts and account</source>
        <translation>Контакты и учётная запись</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="149"/>
        <source>P&amp;hone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="162"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="180"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="189"/>
        <source>postal address, several lines if needed</source>
        <translation>почтовый адрес, при необходимости в несколько строк</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="196"/>
        <source>Acc&amp;ount / login:</source>
        <translation>&amp;Учётная запись / логин:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="203"/>
        <source>the subject&apos;s id or login on the operator&apos;s platform</source>
        <translation>идентификатор или логин субъекта на платформе оператора</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="210"/>
        <source>&amp;Client organisation:</source>
        <translation>Организация-&amp;клиент:</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="217"/>
        <source>the company the subject acts for, if any</source>
        <translation>компания, от имени которой действует субъект, если есть</translation>
    </message>
    <message>
        <location filename="../../../forms/subject_dialog.ui" line="224"/>
        <source>Client &amp;BIN:</source>
        <translation>&amp;БИН клиента:</translation>
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
        <translation>ИИН {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="109"/>
        <source>born {0}</source>
        <translation>дата рождения {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="117"/>
        <source>no longer matches what is typed</source>
        <translation>больше не соответствует введённому</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="120"/>
        <source>matches the IIN</source>
        <translation>совпадает ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="221"/>
        <source>The letter will be linked to {0}.</source>
        <translation>Письмо будет привязано к субъекту {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="225"/>
        <source>Their IIN is not the one typed: saving asks first.</source>
        <translation>Его ИИН отличается от введённого: перед сохранением будет запрошено подтверждение.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="229"/>
        <source>A new subject will be created from the sender, IIN and address.</source>
        <translation>По отправителю, ИИН и адресу будет создан новый субъект.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="233"/>
        <source>Type the sender or the IIN: matching subjects are offered here.</source>
        <translation>Введите отправителя или ИИН: подходящие субъекты будут предложены здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="237"/>
        <source>No subject of this operator matches “{0}”.</source>
        <translation>Ни один субъект этого оператора не соответствует запросу «{0}».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_letter_subject.py" line="244"/>
        <source>{0} no longer matches what is typed and is not linked.</source>
        <translation>{0} больше не соответствует введённому и не привязывается.</translation>
    </message>
</context>
<context>
    <name>SubjectTableModel</name>
    <message>
        <location filename="../../ui/models/subject_table.py" line="42"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/models/subject_table.py" line="43"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/models/subject_table.py" line="44"/>
        <source>Birth date</source>
        <translation>Дата рожд.</translation>
    </message>
    <message>
        <location filename="../../ui/models/subject_table.py" line="45"/>
        <source>Status</source>
        <translation>Статус</translation>
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
        <translation>Отметка на сайте</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="27"/>
        <source>By logging in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="28"/>
        <source>By first use of the service</source>
        <translation>Первое использование сервиса</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="29"/>
        <source>SMS code</source>
        <translation>SMS-код</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="30"/>
        <source>Code sent by e-mail</source>
        <translation>Код по электронной почте</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="31"/>
        <source>Two-factor confirmation</source>
        <translation>Двухфакторное подтверждение</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="32"/>
        <source>On paper</source>
        <translation>На бумаге</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subject_card_view.py" line="33"/>
        <source>State service (eGov)</source>
        <translation>Госуслуга (eGov)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="72"/>
        <source>Subjects</source>
        <translation>Субъекты</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="111"/>
        <source>Search by IIN or by name, in Kazakh, Russian or Latin letters  (Ctrl+F)</source>
        <translation>Поиск по ИИН или по имени казахскими, русскими или латинскими буквами  (Ctrl+F)</translation>
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
        <translation>Все операторы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="128"/>
        <source>&amp;New subject…</source>
        <translation>&amp;Новый субъект…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="129"/>
        <source>Create a subject (Ctrl+Shift+N)</source>
        <translation>Создать субъекта (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="132"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="133"/>
        <source>Import subjects from a CSV or XLSX file</source>
        <translation>Импортировать субъектов из файла CSV или XLSX</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="161"/>
        <source>Reveal the IIN</source>
        <translation>Показать ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="182"/>
        <source>Choose a subject on the left to see their card.

Ctrl+F searches, Ctrl+Shift+N creates a subject.</source>
        <translation>Выберите субъекта слева, чтобы увидеть его карточку.

Ctrl+F — поиск, Ctrl+Shift+N — создание субъекта.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="210"/>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="211"/>
        <source>Birth date:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="212"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="213"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="214"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="215"/>
        <source>Account / login:</source>
        <translation>Учётная запись / логин:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="216"/>
        <source>Client organisation:</source>
        <translation>Организация-клиент:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="217"/>
        <source>Operator:</source>
        <translation>Оператор:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="218"/>
        <source>Record updated:</source>
        <translation>Запись обновлена:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="234"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="235"/>
        <source>Edit this subject (F2)</source>
        <translation>Изменить этого субъекта (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="238"/>
        <source>Change &amp;status</source>
        <translation>Изменить с&amp;татус</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="249"/>
        <source>Re&amp;veal the IIN</source>
        <translation>&amp;Показать ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="251"/>
        <source>Show this subject&apos;s full IIN (Ctrl+Shift+I); each reveal is recorded</source>
        <translation>Показать полный ИИН этого субъекта (Ctrl+Shift+I); каждый показ фиксируется</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="256"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="258"/>
        <source>Merge another record of the same person into this one</source>
        <translation>Объединить с этой записью другую запись того же человека</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="271"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="272"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="273"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="274"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="275"/>
        <source>Due / closed</source>
        <translation>Срок / закрыто</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="278"/>
        <source>Enter or double-click opens the case</source>
        <translation>Enter или двойной щелчок открывает дело</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="281"/>
        <source>No letters from this subject have been registered.</source>
        <translation>Писем от этого субъекта не зарегистрировано.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="287"/>
        <source>Document and edition</source>
        <translation>Документ и редакция</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="287"/>
        <source>Given</source>
        <translation>Дата предоставления</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="287"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="287"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="295"/>
        <source>No consent of this subject is recorded.</source>
        <translation>Согласий этого субъекта не зарегистрировано.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="406"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="461"/>
        <source>No subjects yet: create one with Ctrl+Shift+N, or import them from the operator&apos;s systems.</source>
        <translation>Субъектов пока нет: создайте субъекта (Ctrl+Shift+N) или импортируйте их из систем оператора.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="466"/>
        <source>Showing the {0} most recently updated subjects; search to find the others.</source>
        <translation>Показаны последние обновлённые субъекты ({0}); остальных найдите поиском.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="470"/>
        <source>Showing the {0} most recently updated subjects; scroll down for more, or search by IIN or name.</source>
        <translation>Показаны последние обновлённые субъекты ({0}); прокрутите вниз, чтобы увидеть больше, или ищите по ИИН или имени.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/subjects.py" line="474"/>
        <source>All %n subject(s), most recently updated first.</source>
        <translation>
            <numerusform>Всего %n субъект, сначала недавно обновлённые.</numerusform>
            <numerusform>Всего %n субъекта, сначала недавно обновлённые.</numerusform>
            <numerusform>Всего %n субъектов, сначала недавно обновлённые.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="476"/>
        <source>Nobody matches “{0}”. Check the spelling or the IIN.</source>
        <translation>Никто не соответствует запросу «{0}». Проверьте написание или ИИН.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="479"/>
        <source>Showing the first {0} matches; refine the search to see the others.</source>
        <translation>Показаны первые совпадения ({0}); уточните поиск, чтобы увидеть остальные.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="482"/>
        <source>Showing the first {0} matches; scroll down for more.</source>
        <translation>Показаны первые совпадения ({0}); прокрутите вниз, чтобы увидеть больше.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/subjects.py" line="484"/>
        <source>%n subject(s) found.</source>
        <translation>
            <numerusform>Найден %n субъект.</numerusform>
            <numerusform>Найдено %n субъекта.</numerusform>
            <numerusform>Найдено %n субъектов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="569"/>
        <source>Change the subject&apos;s status</source>
        <translation>Изменение статуса субъекта</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="571"/>
        <source>{0}: {1} → {2}

Note for the record (why, on what basis):</source>
        <translation>{0}: {1} → {2}

Примечание для записи (причина, основание):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/subjects.py" line="577"/>
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="58"/>
        <source>&amp;Templates</source>
        <translation>&amp;Шаблоны</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="129"/>
        <source>Choose a template on the left.</source>
        <translation>Выберите шаблон слева.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="159"/>
        <source>edited</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="166"/>
        <source>Your copy writes these letters</source>
        <translation>Эти письма формируются по вашей копии</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="168"/>
        <source>The shipped template writes these letters</source>
        <translation>Эти письма формируются по исходному шаблону</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="306"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="308"/>
        <source>Edited, not saved</source>
        <translation>Изменён, не сохранён</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="310"/>
        <source>Your copy</source>
        <translation>Ваша копия</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="312"/>
        <source>Shipped version</source>
        <translation>Исходная версия</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="358"/>
        <source>Unsaved template</source>
        <translation>Несохранённый шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="359"/>
        <source>Your edits to “%1” are not saved.</source>
        <translation>Ваши изменения в шаблоне «%1» не сохранены.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="398"/>
        <source>Saved. New letters “%1” in %2 are written from your copy.</source>
        <translation>Сохранено. Новые письма «%1» (%2) формируются по вашей копии.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="418"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="430"/>
        <source>Put back the shipped version of “%1”? Your copy is deleted and new letters are written from the shipped template.</source>
        <translation>Вернуть исходную версию шаблона «%1»? Ваша копия будет удалена, а новые письма будут формироваться по исходному шаблону.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="434"/>
        <source>The edits not saved yet are lost too.</source>
        <translation>Несохранённые изменения также будут потеряны.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="437"/>
        <source>Reset the template</source>
        <translation>Сброс шаблона</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="467"/>
        <source>The shipped version is back; your copy is deleted.</source>
        <translation>Исходная версия восстановлена; ваша копия удалена.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/template_feedback.py" line="98"/>
        <source>The template cannot make a letter yet: see the message under it.</source>
        <translation>По шаблону пока нельзя сформировать письмо: см. сообщение под ним.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/template_feedback.py" line="111"/>
        <source>The preview failed: %1</source>
        <translation>Ошибка предпросмотра: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/template_feedback.py" line="120"/>
        <source>No request numbered %1.</source>
        <translation>Обращения с номером %1 нет.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/template_feedback.py" line="124"/>
        <source>Request %1 cannot have this letter: %2</source>
        <translation>Для обращения %1 это письмо невозможно: %2</translation>
    </message>
    <message>
        <location filename="../../ui/settings/template_feedback.py" line="130"/>
        <source>An invented sample case: no request in the database suits this letter yet.</source>
        <translation>Вымышленный пример: в базе пока нет обращения, подходящего для этого письма.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/template_feedback.py" line="137"/>
        <source>Request %1 of %2: %3, from %4</source>
        <translation>Обращение %1 от %2: %3, отправитель — %4</translation>
    </message>
    <message>
        <location filename="../../ui/settings/template_feedback.py" line="153"/>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/settings/template_feedback.py" line="169"/>
        <source>Go to the line</source>
        <translation>Перейти к строке</translation>
    </message>
    <message>
        <location filename="../../ui/settings/template_feedback.py" line="173"/>
        <source>The preview shows the last version that worked; this text cannot be saved.</source>
        <translation>В предпросмотре — последняя рабочая версия; этот текст сохранить нельзя.</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="18"/>
        <source>Every letter is written from a template, one for each kind and language. Your edited copy is kept in the database and writes every new letter; the shipped version is never changed and can be put back at any time. The preview shows the letter for a real request.</source>
        <translation>Каждое письмо формируется по шаблону — по одному на каждый вид и язык. Ваша изменённая копия хранится в базе данных, и по ней формируются все новые письма; исходная версия никогда не изменяется, и её можно вернуть в любой момент. Предпросмотр показывает письмо по реальному обращению.</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="35"/>
        <source>Letter &amp;kinds</source>
        <translation>Ви&amp;ды писем</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="51"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="52"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="59"/>
        <source>“edited”: your copy writes the letters of this kind and language.</source>
        <translation>«изменён»: письма этого вида и языка формируются по вашей копии.</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="64"/>
        <source>Delete your edited copy of the chosen template and write its letters from the shipped one again</source>
        <translation>Удалить вашу изменённую копию выбранного шаблона и снова формировать его письма по исходному шаблону</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="110"/>
        <source>Template text</source>
        <translation>Текст шаблона</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="65"/>
        <source>&amp;Reset to the shipped version…</source>
        <translation>Вер&amp;нуть исходную версию…</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="132"/>
        <source>Discard the edits not saved yet</source>
        <translation>Отменить несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="133"/>
        <source>&amp;Undo the edits</source>
        <translation>Отменить &amp;изменения</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="139"/>
        <source>Keep your copy of the template; it is checked first (Ctrl+S)</source>
        <translation>Сохранить вашу копию шаблона; сначала она проверяется (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="140"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="160"/>
        <source>Preview &amp;for request No.:</source>
        <translation>&amp;Предпросмотр для обращения №:</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="168"/>
        <source>the latest suitable request</source>
        <translation>последнее подходящее</translation>
    </message>
    <message>
        <location filename="../../../forms/templates_page.ui" line="169"/>
        <source>Type a registration number and press Enter; leave empty to use the latest request this letter suits</source>
        <translation>Введите регистрационный номер и нажмите Enter; оставьте пустым, чтобы взять последнее обращение, подходящее для этого письма</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="25"/>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <location filename="../../../forms/welcome.ui" line="9"/>
        <location filename="../../../forms/welcome.ui" line="20"/>
        <source>Welcome to Derbes</source>
        <translation>Добро пожаловать в Derbes</translation>
    </message>
    <message>
        <location filename="../../../forms/welcome.ui" line="27"/>
        <source>Derbes is the desk for the letters of data subjects: register each letter, count its deadline in Kazakh working days, and answer it on paper in Kazakh or Russian.

To begin, describe the operator you answer for, or look around in a demo database built from five real operators.</source>
        <translation>Derbes — рабочее место для писем субъектов персональных данных: регистрируйте каждое письмо, считайте его срок в рабочих днях Казахстана и отвечайте на бумаге на казахском или русском языке.

Для начала опишите оператора, от имени которого вы отвечаете, или осмотритесь в демонстрационной базе, построенной на примере пяти реальных операторов.</translation>
    </message>
    <message>
        <location filename="../../../forms/welcome.ui" line="37"/>
        <source>&amp;Create the operator profile…</source>
        <translation>&amp;Создать профиль оператора…</translation>
    </message>
    <message>
        <location filename="../../../forms/welcome.ui" line="44"/>
        <source>Open the &amp;demo database</source>
        <translation>Открыть &amp;демонстрационную базу</translation>
    </message>
    <message>
        <location filename="../../../forms/welcome.ui" line="49"/>
        <source>&amp;Open another database file…</source>
        <translation>&amp;Открыть другой файл базы данных…</translation>
    </message>
    <message>
        <location filename="../../../forms/welcome.ui" line="60"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
</context>
<context>
    <name>Withdrawal</name>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="65"/>
        <source>Drawn up &amp;in (kk):</source>
        <translation>&amp;Место составления (на казахском):</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="66"/>
        <source>Drawn up i&amp;n (ru):</source>
        <translation>Место сос&amp;тавления (на русском):</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="72"/>
        <source>Member&apos;s name</source>
        <translation>ФИО члена комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="73"/>
        <source>Position (kk)</source>
        <translation>Должность (на казахском)</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="74"/>
        <source>Position (ru)</source>
        <translation>Должность (на русском)</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="83"/>
        <source>&amp;Members who carried out the destruction and sign the act:</source>
        <translation>&amp;Члены комиссии, проводившие уничтожение и подписывающие акт:</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="90"/>
        <source>Add a mem&amp;ber</source>
        <translation>&amp;Добавить члена</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="93"/>
        <source>Remov&amp;e the member</source>
        <translation>&amp;Убрать члена</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="106"/>
        <source>Approved b&amp;y:</source>
        <translation>&amp;Утвердил:</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="107"/>
        <source>Approver&apos;s position (&amp;kk):</source>
        <translation>Должность утверждающего (&amp;на казахском):</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="108"/>
        <source>Approver&apos;s position (r&amp;u):</source>
        <translation>Должность утверждающего (&amp;на русском):</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="109"/>
        <source>Appro&amp;val date:</source>
        <translation>Дата у&amp;тверждения:</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="117"/>
        <source>Record the act&apos;s de&amp;tails</source>
        <translation>Записать ре&amp;квизиты акта</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="120"/>
        <source>Prepare the &amp;destruction act…</source>
        <translation>Подготовить акт &amp;уничтожения…</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="173"/>
        <source>Act № {0} of {1} is finalised.</source>
        <translation>Акт № {0} от {1} оформлен окончательно.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="181"/>
        <source>The act can be prepared once every system is cleaned and every category has its outcome.</source>
        <translation>Акт можно подготовить, когда все системы очищены и для каждой категории выбран результат.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="187"/>
        <source>Everything the act states is recorded: prepare it and finalise it.</source>
        <translation>Всё, что указывается в акте, записано: подготовьте и оформьте его окончательно.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="282"/>
        <source>Prepare the re&amp;fusal letter…</source>
        <translation>Подготовить &amp;письмо об отказе…</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="284"/>
        <source>Prepare the con&amp;firmation…</source>
        <translation>Подготовить &amp;подтверждение…</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="292"/>
        <source>Completed on {0} by {1}: the subject is now “{2}”.</source>
        <translation>Завершено {0}, {1}: статус субъекта теперь «{2}».</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="300"/>
        <source>The refusal states the ground of art. 8(2) and its detail as recorded. The subject stays active and the consents stay in force.</source>
        <translation>В отказе указываются основание по п. 2 ст. 8 и его подробности, как они записаны. Субъект остаётся активным, согласия остаются в силе.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="306"/>
        <source>The confirmation states what was recorded, after the finalised act. When it is finalised and the request is marked sent, the subject becomes “{0}” and {1} consent(s) are closed on {2}.</source>
        <translation>В подтверждении указывается то, что записано, после оформленного акта. Когда оно оформлено и обращение отмечено отправленным, статус субъекта становится «{0}», а {1} согласие(й) закрывается датой {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="313"/>
        <source>Record the decision first.</source>
        <translation>Сначала запишите решение.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="316"/>
        <source>{0} № {1} of {2}</source>
        <translation>{0} № {1} от {2}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/act_page.py" line="320"/>
        <source>sent {0}</source>
        <translation>отправлено {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="35"/>
        <source>Checks: signature and identity</source>
        <translation>Проверка: подпись и личность</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="36"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="37"/>
        <source>The day processing stopped</source>
        <translation>День прекращения обработки</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="38"/>
        <source>Systems cleaned</source>
        <translation>Очищенные системы</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="39"/>
        <source>What happened to each category of data</source>
        <translation>Что сделано с каждой категорией данных</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="40"/>
        <source>Destruction act</source>
        <translation>Акт уничтожения</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="41"/>
        <source>Answer to the subject</source>
        <translation>Ответ субъекту</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="42"/>
        <source>Done</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="45"/>
        <source>Destroyed</source>
        <translation>Уничтожены</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="46"/>
        <source>Anonymised</source>
        <translation>Обезличены</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="47"/>
        <source>Blocked and retained</source>
        <translation>Заблокированы и сохранены</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="50"/>
        <source>Art. 8(2): the withdrawal contradicts the laws of Kazakhstan</source>
        <translation>П. 2 ст. 8: отзыв противоречит законам Республики Казахстан</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="53"/>
        <source>Art. 8(2): an obligation is still unfulfilled (e.g. an open debt)</source>
        <translation>П. 2 ст. 8: обязательство ещё не исполнено (например, непогашенный долг)</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="98"/>
        <source>Not recorded yet.</source>
        <translation>Ещё не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/texts.py" line="99"/>
        <source>Recorded by {0} on {1}.</source>
        <translation>Записал(а) {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/tab.py" line="121"/>
        <source>not needed: refused</source>
        <translation>не требуется: отказано</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/tab.py" line="123"/>
        <location filename="../../ui/withdrawal/tab.py" line="128"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/tab.py" line="125"/>
        <source>next</source>
        <translation>следующий</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/tab.py" line="129"/>
        <source>to do</source>
        <translation>предстоит</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/tab.py" line="133"/>
        <source>Completed: the subject is “{0}”.</source>
        <translation>Завершено: статус субъекта «{0}».</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/tab.py" line="137"/>
        <source>The refusal is finalised: mark the request sent when it leaves.</source>
        <translation>Отказ оформлен окончательно: когда письмо уйдёт, отметьте обращение отправленным.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/tab.py" line="140"/>
        <source>Next: {0}.</source>
        <translation>Следующий шаг: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="22"/>
        <source>Withdrawal: work begun</source>
        <translation>Отзыв: работа начата</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="22"/>
        <source>{0} system(s) to clean, {1} data categor(ies), {2} consent(s) named</source>
        <translation>систем к очистке: {0}, категорий данных: {1}, названных согласий: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="27"/>
        <source>signed</source>
        <translation>подписано</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="29"/>
        <source>not signed</source>
        <translation>не подписано</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="33"/>
        <source>identity matches the record</source>
        <translation>личность совпадает с записью</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="35"/>
        <source>identity does not match</source>
        <translation>личность не совпадает</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="40"/>
        <source>name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="40"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="42"/>
        <source>differs from the record: {0}</source>
        <translation>отличается от записи: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="48"/>
        <source>Withdrawal: checks recorded</source>
        <translation>Отзыв: проверка записана</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="52"/>
        <source>Withdrawal refused</source>
        <translation>В отзыве отказано</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="55"/>
        <source>Withdrawal accepted</source>
        <translation>Отзыв принят</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="57"/>
        <source>Processing stopped on {0}</source>
        <translation>Обработка прекращена {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="61"/>
        <source>System cleaned on {0}: {1}</source>
        <translation>Система очищена {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="65"/>
        <source>System not cleaned yet: {0}</source>
        <translation>Система ещё не очищена: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="72"/>
        <source>until {0}; basis: {1}</source>
        <translation>до {0}; основание: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="78"/>
        <source>Destruction act&apos;s details recorded</source>
        <translation>Реквизиты акта уничтожения записаны</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="78"/>
        <source>Place: {0}; members: {1}; approved by {2}</source>
        <translation>Место: {0}; члены комиссии: {1}; утвердил: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="82"/>
        <source>Consents named by the withdrawal: {0}</source>
        <translation>Согласий, названных в отзыве: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="87"/>
        <source>Withdrawal completed: the subject is “{0}”</source>
        <translation>Отзыв завершён: статус субъекта «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="89"/>
        <source>{0} consent(s) closed on {1}</source>
        <translation>Закрыто согласий датой {1}: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/timeline.py" line="92"/>
        <source>Withdrawal: {0}</source>
        <translation>Отзыв: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="68"/>
        <source>Signed by hand</source>
        <translation>Подписано собственноручно</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="69"/>
        <source>Not signed</source>
        <translation>Не подписано</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="75"/>
        <source>Signa&amp;ture:</source>
        <translation>&amp;Подпись:</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="80"/>
        <source>Identity: the letter against the record</source>
        <translation>Личность: письмо в сравнении с записью</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="85"/>
        <source>On the letter</source>
        <translation>В письме</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="86"/>
        <source>In the record</source>
        <translation>В записи</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="97"/>
        <source>as written on the letter</source>
        <translation>как указано в письме</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="101"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="105"/>
        <source>II&amp;N</source>
        <translation>И&amp;ИН</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="119"/>
        <source>The same person as the record</source>
        <translation>То же лицо, что в записи</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="123"/>
        <source>Does not match the record</source>
        <translation>Не совпадает с записью</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="129"/>
        <source>why it is the same person, or what differs</source>
        <translation>почему это то же лицо, или в чём расхождение</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="132"/>
        <source>&amp;Identity:</source>
        <translation>&amp;Личность:</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="134"/>
        <source>Not&amp;e:</source>
        <translation>При&amp;мечание:</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="143"/>
        <source>Recor&amp;d the checks</source>
        <translation>&amp;Записать проверку</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="172"/>
        <source>no record linked</source>
        <translation>запись не связана</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="175"/>
        <source>The IIN stays masked; type the letter&apos;s to compare them</source>
        <translation>ИИН остаётся скрытым; для сравнения введите ИИН из письма</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="188"/>
        <source>No copy of an identity document is attached.</source>
        <translation>Копия документа, удостоверяющего личность, не приложена.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="196"/>
        <source>destroyed on {0}</source>
        <translation>уничтожен {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="201"/>
        <source>flagged for destruction: destroy it on the Scans tab</source>
        <translation>отмечен к уничтожению: уничтожьте его на вкладке «Сканы»</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="211"/>
        <source>Copies of identity documents (collecting them is banned since 2024):</source>
        <translation>Копии документов, удостоверяющих личность (их сбор запрещён с 2024 года):</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="239"/>
        <source>differs</source>
        <translation>отличается</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="242"/>
        <source>matches</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="293"/>
        <source>Accept the withdrawal</source>
        <translation>Принять отзыв</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="296"/>
        <source>Refuse it (Law 94-V art. 8(2))</source>
        <translation>Отказать (п. 2 ст. 8 Закона № 94-V)</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="307"/>
        <source>in Kazakh: which law, or which obligation</source>
        <translation>на казахском: какой закон или какое обязательство</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="308"/>
        <source>in Russian: which law, or which obligation</source>
        <translation>на русском: какой закон или какое обязательство</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="322"/>
        <source>Ground in de&amp;tail (Kazakh):</source>
        <translation>Основание &amp;подробно (на казахском):</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="327"/>
        <source>Ground in detail (&amp;Russian):</source>
        <translation>Основание подробно (на &amp;русском):</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="316"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="319"/>
        <source>Grou&amp;nd:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="333"/>
        <source>Record the d&amp;ecision</source>
        <translation>&amp;Записать решение</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="339"/>
        <source>Consents this withdrawal names (closed when the confirmation is sent)</source>
        <translation>Согласия, названные в этом отзыве (закрываются при отправке подтверждения)</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="345"/>
        <source>The linked record holds no consent.</source>
        <translation>В связанной записи нет согласий.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="350"/>
        <source>Sa&amp;ve the consents</source>
        <translation>&amp;Сохранить согласия</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="391"/>
        <source>(document not recorded)</source>
        <translation>(документ не записан)</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="394"/>
        <source>edition {0}</source>
        <translation>редакция {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="395"/>
        <source>given {0}</source>
        <translation>дано {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/checks_page.py" line="397"/>
        <source>withdrawn {0}</source>
        <translation>отозвано {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="73"/>
        <source>&amp;When processing stopped:</source>
        <translation>&amp;Дата прекращения обработки:</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="82"/>
        <source>Recor&amp;d the day</source>
        <translation>&amp;Записать дату</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="98"/>
        <source>By default the day the letter was received ({0}); never before it, never in the future, never after the answer.</source>
        <translation>По умолчанию день получения письма ({0}); не раньше него, не в будущем и не позже ответа.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="167"/>
        <source>The operator&apos;s data map lists no systems: add them in Settings › Operators.</source>
        <translation>В карте данных оператора нет систем: добавьте их в Настройки › Операторы.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="171"/>
        <source>Save the chec&amp;klist</source>
        <translation>&amp;Сохранить перечень</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="197"/>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="198"/>
        <source>Cleaned on</source>
        <translation>Дата очистки</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="201"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="210"/>
        <source>{0}: cleaned on</source>
        <translation>{0}: дата очистки</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="199"/>
        <source>Note in Kazakh</source>
        <translation>Примечание на казахском</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="200"/>
        <source>Note in Russian</source>
        <translation>Примечание на русском</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="213"/>
        <source>{0}: note in Kazakh</source>
        <translation>{0}: примечание на казахском</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="215"/>
        <source>{0}: note in Russian</source>
        <translation>{0}: примечание на русском</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="269"/>
        <source>Nothing changed in the checklist.</source>
        <translation>В перечне ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="316"/>
        <source>The operator&apos;s data map lists no data categories: add them in Settings › Operators.</source>
        <translation>В карте данных оператора нет категорий данных: добавьте их в Настройки › Операторы.</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="320"/>
        <source>Save the outco&amp;mes</source>
        <translation>&amp;Сохранить результаты</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="346"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="347"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="348"/>
        <source>Legal basis (kk)</source>
        <translation>Правовое основание (на казахском)</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="349"/>
        <source>Legal basis (ru)</source>
        <translation>Правовое основание (на русском)</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="350"/>
        <source>Kept until</source>
        <translation>Хранится до</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="351"/>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="359"/>
        <source>{0}: outcome</source>
        <translation>{0}: результат</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="364"/>
        <source>{0}: legal basis in Kazakh</source>
        <translation>{0}: правовое основание на казахском</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="368"/>
        <source>{0}: legal basis in Russian</source>
        <translation>{0}: правовое основание на русском</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="371"/>
        <source>{0}: kept until</source>
        <translation>{0}: хранится до</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="374"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="382"/>
        <source>The category&apos;s retention rule: {0}</source>
        <translation>Правило хранения категории: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="386"/>
        <source>Suggested until {0}</source>
        <translation>Предлагаемый срок: до {0}</translation>
    </message>
    <message>
        <location filename="../../ui/withdrawal/work_pages.py" line="447"/>
        <source>Choose an outcome for a category first.</source>
        <translation>Сначала выберите результат для категории.</translation>
    </message>
</context>
</TS>
