<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Balance</name>
    <message>
        <source>Nobody on the roster yet.</source>
        <translation>Список участников пока пуст.</translation>
    </message>
    <message>
        <source>speaking time</source>
        <translation>время выступлений</translation>
    </message>
    <message>
        <source>share present</source>
        <translation>доля присутствующих</translation>
    </message>
    <message>
        <source>bars 0–%1%</source>
        <translation>шкала 0–%1&#xa0;%</translation>
    </message>
    <message>
        <source>Speaking balance</source>
        <translation>Баланс выступлений</translation>
    </message>
    <message>
        <source>Show speaking balance by</source>
        <translation>Показать баланс выступлений по признаку</translation>
    </message>
    <message>
        <source>Speaking time by %1</source>
        <translation>Время выступлений: %1</translation>
    </message>
    <message>
        <source>Speaking so far</source>
        <translation>Выступления на данный момент</translation>
    </message>
    <message>
        <source>Balance nudges</source>
        <translation>Подсказки по балансу</translation>
    </message>
    <message>
        <source>No session open.</source>
        <translation>Заседание не открыто.</translation>
    </message>
    <message>
        <source>Speaking balance: no session open.</source>
        <translation>Баланс выступлений: заседание не открыто.</translation>
    </message>
    <message>
        <source>Nobody has spoken yet.</source>
        <translation>Пока никто не выступал.</translation>
    </message>
    <message>
        <source>Hints appear after %1 of speaking.</source>
        <translation>Подсказки появятся после %1 выступлений.</translation>
    </message>
    <message>
        <source>No group is far above or below its share of the room.</source>
        <translation>Ни одна группа заметно не выходит за пределы своей доли в зале.</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Группа заинтересованных сторон</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>stakeholder group</source>
        <translation>группа заинтересованных сторон</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>▲ over</source>
        <translation>▲ выше</translation>
    </message>
    <message>
        <source>▼ under</source>
        <translation>▼ ниже</translation>
    </message>
    <message>
        <source>○ not heard yet</source>
        <translation>○ ещё не выступали</translation>
    </message>
    <message>
        <source>%1; more than its share.</source>
        <translation>%1; больше своей доли.</translation>
    </message>
    <message>
        <source>%1; less than its share.</source>
        <translation>%1; меньше своей доли.</translation>
    </message>
    <message>
        <source>%1; not heard yet.</source>
        <translation>%1; ещё не выступали.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>no turns</source>
        <translation>выступлений нет</translation>
    </message>
    <message>
        <source>%1% of time · nobody present</source>
        <translation>%1&#xa0;% времени · никто не присутствует</translation>
    </message>
    <message>
        <source>%1% of time · %2% of people present</source>
        <translation>%1&#xa0;% времени · %2&#xa0;% присутствующих</translation>
    </message>
    <message>
        <source>%1% of time · %2% of the roster</source>
        <translation>%1&#xa0;% времени · %2&#xa0;% списка</translation>
    </message>
    <message>
        <source>%1: %2% of speaking time (%3, %4), %5, %6% of people present</source>
        <translation>%1: %2&#xa0;% времени выступлений (%3, %4), %5, %6&#xa0;% присутствующих</translation>
    </message>
    <message>
        <source>%1: %2% of speaking time (%3, %4), %5, %6% of the roster</source>
        <translation>%1: %2&#xa0;% времени выступлений (%3, %4), %5, %6&#xa0;% списка</translation>
    </message>
    <message>
        <source>Speaking balance by %1, this point: %2 of speaking in %3; %4.</source>
        <translation>Баланс выступлений (%1), этот пункт: %2 выступлений, %3; %4.</translation>
    </message>
    <message>
        <source>Speaking balance by %1, all points: %2 of speaking in %3; %4.</source>
        <translation>Баланс выступлений (%1), все пункты: %2 выступлений, %3; %4.</translation>
    </message>
    <message>
        <source>Nudges: %1.</source>
        <translation>Подсказки: %1.</translation>
    </message>
    <message>
        <source>This point</source>
        <translation>Этот пункт</translation>
    </message>
    <message>
        <source>All points</source>
        <translation>Все пункты</translation>
    </message>
    <message>
        <source>%1: %2 in %3 · %4</source>
        <translation>%1: %2, %3 · %4</translation>
    </message>
</context>
<context>
    <name>Ballot</name>
    <message>
        <source>Item</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>One dot fewer for %1</source>
        <translation>На одну точку меньше: «%1»</translation>
    </message>
    <message>
        <source>Dots on %1</source>
        <translation>Точки за «%1»</translation>
    </message>
    <message>
        <source>One dot more for %1</source>
        <translation>На одну точку больше: «%1»</translation>
    </message>
    <message>
        <source>All your dots are placed; take one back with − to move it.</source>
        <translation>Все ваши точки уже расставлены; снимите одну кнопкой −, чтобы перенести её.</translation>
    </message>
    <message>
        <source>This item has no dots to take back.</source>
        <translation>У этого варианта нет точек, которые можно снять.</translation>
    </message>
    <message>
        <source>not available now</source>
        <translation>сейчас недоступно</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>Tap every item you can support</source>
        <translation>Коснитесь каждого варианта, который вы можете поддержать</translation>
    </message>
    <message>
        <source>Tap items in your order of preference; tap again to remove</source>
        <translation>Коснитесь вариантов в порядке предпочтения; повторное касание убирает вариант</translation>
    </message>
    <message>
        <source>Give every item a level, from 0 %1 to 5 %2</source>
        <translation>Оцените каждый вариант по шкале от 0 «%1» до 5 «%2»</translation>
    </message>
    <message>
        <source>Give every item a grade, from %1 to %2</source>
        <translation>Дайте оценку каждому варианту, от «%1» до «%2»</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>&amp;Jump to Point…</source>
        <translation>Перейти &amp;к пункту…</translation>
    </message>
    <message>
        <source>&amp;Edit Point…</source>
        <translation>&amp;Изменить пункт…</translation>
    </message>
    <message>
        <source>&amp;Add Point…</source>
        <translation>&amp;Добавить пункт…</translation>
    </message>
    <message>
        <source>Agenda — Enter jumps, Alt+↑/↓ moves</source>
        <translation>Повестка дня — Enter: перейти, Alt+↑/↓: переместить</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Заседание без названия</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Без автора</translation>
    </message>
    <message>
        <source>Kind: Comment</source>
        <translation>Тип: замечание</translation>
    </message>
    <message>
        <source>Kind: Question</source>
        <translation>Тип: вопрос</translation>
    </message>
    <message>
        <source>Kind: Proposal</source>
        <translation>Тип: предложение</translation>
    </message>
    <message>
        <source>Kind: Concern</source>
        <translation>Тип: озабоченность</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Озабоченность</translation>
    </message>
    <message>
        <source>select a contribution in the list first</source>
        <translation>Сначала выберите выступление в списке.</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>Choose &amp;Speaker</source>
        <translation>&amp;Выбрать оратора</translation>
    </message>
    <message>
        <source>Mark / Unmark &amp;Proposal</source>
        <translation>Отметить / снять отметку «&amp;предложение»</translation>
    </message>
    <message>
        <source>Mark / Unmark P&amp;rivate</source>
        <translation>Отметить / снять отметку «&amp;конфиденциально»</translation>
    </message>
    <message>
        <source>&amp;Delete Contribution</source>
        <translation>&amp;Удалить выступление</translation>
    </message>
    <message>
        <source>Capture status</source>
        <translation>Состояние записи</translation>
    </message>
    <message>
        <source>Co&amp;ntributions — newest first; F2 edits, Ctrl+M proposal, Ctrl+P private, Delete</source>
        <translation>В&amp;ыступления — сначала новые; F2 — правка, Ctrl+M — предложение, Ctrl+P — конфиденциально, Delete</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Кто выступил</translation>
    </message>
    <message>
        <source>Wh&amp;o:</source>
        <translation>&amp;Кто:</translation>
    </message>
    <message>
        <source>Contributions at this point, newest first</source>
        <translation>Выступления по этому пункту, сначала новые</translation>
    </message>
    <message>
        <source>start a point first (F6); contributions belong to a point</source>
        <translation>Сначала начните пункт (F6): каждое выступление относится к пункту.</translation>
    </message>
    <message>
        <source>Saved: %1 by %2</source>
        <translation>Сохранено: %1 — %2</translation>
    </message>
    <message>
        <source>Private: kept in the file, never on the shared screen or in an export</source>
        <translation>Конфиденциально: хранится в файле, но никогда не показывается на экране зала и не экспортируется</translation>
    </message>
    <message>
        <source>No longer private: it goes into exports again</source>
        <translation>Больше не конфиденциально: снова попадает в экспорт</translation>
    </message>
    <message>
        <source>&amp;Start / Pause Point</source>
        <translation>&amp;Начать / приостановить пункт</translation>
    </message>
    <message>
        <source>En&amp;d Point</source>
        <translation>&amp;Завершить пункт</translation>
    </message>
    <message>
        <source>&amp;Next Point</source>
        <translation>&amp;Следующий пункт</translation>
    </message>
    <message>
        <source>&amp;Previous Point</source>
        <translation>&amp;Предыдущий пункт</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>Текущий вопрос</translation>
    </message>
    <message>
        <source>Prompt notes</source>
        <translation>Подсказки модератору</translation>
    </message>
    <message>
        <source>No point started yet. Select one in the agenda and press Enter, or press F6.</source>
        <translation>Ни один пункт ещё не начат. Выберите пункт в повестке дня и нажмите Enter или нажмите F6.</translation>
    </message>
    <message>
        <source>Point %1 of %2 · %3 min time-box</source>
        <translation>Пункт %1 из %2 · регламент %3 мин</translation>
    </message>
    <message>
        <source>Point %1 of %2 · %3 min time-box · done</source>
        <translation>Пункт %1 из %2 · регламент %3 мин · завершён</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Повестка &amp;дня</translation>
    </message>
    <message>
        <source>Par&amp;ticipants</source>
        <translation>Участ&amp;ники</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>Add &amp;Late Arrival…</source>
        <translation>Добавить &amp;опоздавшего…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Someone arriving? Type a name, Enter</source>
        <translation>Кто-то пришёл? Введите имя и нажмите Enter</translation>
    </message>
    <message>
        <source>Add a late arrival</source>
        <translation>Добавить опоздавшего</translation>
    </message>
    <message>
        <source>Participants — Space checks in, Enter edits</source>
        <translation>Участники — Пробел: отметить присутствие, Enter: изменить</translation>
    </message>
    <message>
        <source>&amp;Add Speaker…</source>
        <translation>&amp;Добавить оратора…</translation>
    </message>
    <message>
        <source>&amp;Next Speaker</source>
        <translation>&amp;Следующий оратор</translation>
    </message>
    <message>
        <source>&amp;End Turn</source>
        <translation>&amp;Завершить выступление</translation>
    </message>
    <message>
        <source>&amp;Withdraw Selected</source>
        <translation>&amp;Убрать выбранного из очереди</translation>
    </message>
    <message>
        <source>Add to queue: type a name, Enter</source>
        <translation>В очередь: введите имя и нажмите Enter</translation>
    </message>
    <message>
        <source>Add a speaker to the queue</source>
        <translation>Добавить оратора в список</translation>
    </message>
    <message>
        <source>Next speaker (F8)</source>
        <translation>Следующий оратор (F8)</translation>
    </message>
    <message>
        <source>End turn (F9)</source>
        <translation>Завершить выступление (F9)</translation>
    </message>
    <message>
        <source>Spea&amp;king queue</source>
        <translation>Список ора&amp;торов</translation>
    </message>
    <message>
        <source>start a point first (F6), then take names for its queue</source>
        <translation>Сначала начните пункт (F6), затем записывайте ораторов.</translation>
    </message>
    <message>
        <source>nobody has the floor</source>
        <translation>Слово никому не предоставлено.</translation>
    </message>
    <message>
        <source>select a waiting speaker in the queue to withdraw</source>
        <translation>Выберите в списке ожидающего оратора, которого нужно убрать.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Edit point</source>
        <translation>Изменить пункт</translation>
    </message>
    <message>
        <source>New point</source>
        <translation>Новый пункт</translation>
    </message>
    <message>
        <source>Point text</source>
        <translation>Текст пункта</translation>
    </message>
    <message>
        <source>Prompt notes for the facilitator</source>
        <translation>Подсказки для модератора</translation>
    </message>
    <message>
        <source>Time-box in minutes</source>
        <translation>Регламент в минутах</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <source>&amp;Notes (never on the shared screen):</source>
        <translation>&amp;Заметки (никогда не показываются на экране зала):</translation>
    </message>
    <message>
        <source>&amp;Time-box:</source>
        <translation>&amp;Регламент:</translation>
    </message>
    <message>
        <source>Session settings</source>
        <translation>Параметры заседания</translation>
    </message>
    <message>
        <source>&amp;Chatham House Rule: no names on the shared screen or in exports</source>
        <translation>Правило &amp;Чатем-хауса: без имён на экране зала и в экспорте</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Модератор:</translation>
    </message>
    <message>
        <source>&amp;Rapporteur:</source>
        <translation>&amp;Докладчик:</translation>
    </message>
    <message>
        <source>&amp;Default time-box:</source>
        <translation>&amp;Регламент по умолчанию:</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>Что исправить</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>Н&amp;ачало:</translation>
    </message>
    <message>
        <source>Leave unticked to take the time the first point started</source>
        <translation>Оставьте без отметки, чтобы взять время начала первого пункта</translation>
    </message>
    <message>
        <source>When the breakout starts, in its time zone</source>
        <translation>Начало заседания по его часовому поясу</translation>
    </message>
    <message>
        <source>Time zone of the breakout</source>
        <translation>Часовой пояс заседания</translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <translation>Пояс этого компьютера (%1)</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часовой &amp;пояс:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>&amp;Группа заинтересованных сторон:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>&amp;May be named in the report</source>
        <translation>&amp;Можно указать имя в отчёте</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Page 1: the outcome (&amp;key messages, top recommendations)</source>
        <translation>Страница 1: итоги (&amp;основные тезисы, основные рекомендации)</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>&amp;Справочная информация</translation>
    </message>
    <message>
        <source>Discussion by poin&amp;t</source>
        <translation>О&amp;бсуждение по пунктам</translation>
    </message>
    <message>
        <source>Voting and &amp;recommendations</source>
        <translation>&amp;Голосование и рекомендации</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps</source>
        <translation>&amp;Дальнейшие шаги</translation>
    </message>
    <message>
        <source>Annex: a&amp;genda and time used</source>
        <translation>Приложение: &amp;повестка дня и затраченное время</translation>
    </message>
    <message>
        <source>Annex: partici&amp;pation charts</source>
        <translation>Приложение: &amp;диаграммы участия</translation>
    </message>
    <message>
        <source>Annex: part&amp;icipants (those who agreed to be named)</source>
        <translation>Приложение: &amp;участники (согласившиеся быть названными)</translation>
    </message>
    <message>
        <source>Annex: every contribution (appen&amp;dix)</source>
        <translation>Приложение: все &amp;выступления</translation>
    </message>
    <message>
        <source>Di&amp;sclaimer</source>
        <translation>&amp;Оговорка</translation>
    </message>
    <message>
        <source>PD&amp;F report</source>
        <translation>Доклад P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Word document (.docx)</source>
        <translation>Документ &amp;Word (.docx)</translation>
    </message>
    <message>
        <source>&amp;Markdown text</source>
        <translation>Текст &amp;Markdown</translation>
    </message>
    <message>
        <source>CSV fi&amp;les (a folder)</source>
        <translation>Файлы CS&amp;V (папка)</translation>
    </message>
    <message>
        <source>&amp;JSON (interchange format)</source>
        <translation>&amp;JSON (формат обмена)</translation>
    </message>
    <message>
        <source>the export failed (%1); no file was written — please report this problem</source>
        <translation>экспорт не удался (%1); файл не записан — сообщите, пожалуйста, об этой проблеме</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <source>&amp;Named: speakers who agreed to be named appear</source>
        <translation>&amp;Поименный: указываются выступавшие, согласившиеся быть названными</translation>
    </message>
    <message>
        <source>&amp;Anonymous: no name or attribution anywhere</source>
        <translation>&amp;Анонимный: никаких имен и указаний авторства</translation>
    </message>
    <message>
        <source>This session runs under the Chatham House Rule</source>
        <translation>Это заседание проводится по правилу Чатем-хауса</translation>
    </message>
    <message>
        <source>Incl&amp;ude the facilitator&apos;s notes (named report only)</source>
        <translation>Вкл&amp;ючить заметки ведущего (только поименный доклад)</translation>
    </message>
    <message>
        <source>Names of people who did not agree to be named are withheld</source>
        <translation>Имена тех, кто не согласился быть названным, не указываются</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>&amp;Язык доклада:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Язык доклада</translation>
    </message>
    <message>
        <source>The report&apos;s headings, labels and sentences; what people wrote stays as written. CSV and JSON keep their English field names.</source>
        <translation>Заголовки, подписи и фразы доклада; написанное участниками остается как есть. В CSV и JSON названия полей остаются английскими.</translation>
    </message>
    <message>
        <source>&amp;Open it when it is ready</source>
        <translation>&amp;Открыть, когда будет готово</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Состояние экспорта</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Open the folder when it is ready</source>
        <translation>&amp;Открыть папку, когда будет готово</translation>
    </message>
    <message>
        <source>The folder %1 exists; its CSV files will be replaced.</source>
        <translation>Папка %1 существует; ее файлы CSV будут заменены.</translation>
    </message>
    <message>
        <source>%1 exists; exporting replaces it.</source>
        <translation>%1 существует; экспорт заменит его.</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Папка для файлов CSV</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>Экспорт в формате %1</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Выберите хотя бы один раздел.</translation>
    </message>
    <message>
        <source>%1 is the session file; choose another name.</source>
        <translation>%1 — это файл заседания; выберите другое имя.</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Верстка доклада…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <source>Saved. No program to open it was found; the folder is %1</source>
        <translation>Сохранено. Программа для открытия не найдена; папка: %1</translation>
    </message>
    <message>
        <source>Saved. No program to open it was found; the file is %1</source>
        <translation>Сохранено. Программа для открытия не найдена; файл: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>the export stopped unexpectedly; no file was written — try again</source>
        <translation>экспорт неожиданно прервался; файл не записан — попробуйте еще раз</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation>Экспорт не удался; файл не записан.</translation>
    </message>
</context>
<context>
    <name>FileFlows</name>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Открыть заседание</translation>
    </message>
    <message>
        <source>Breakout sessions (*.breakout);;All files (*)</source>
        <translation>Заседания Breakout (*.breakout);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>Информационная записка</translation>
    </message>
    <message>
        <source>Briefing notes (*.txt *.md *.markdown);;All files (*)</source>
        <translation>Информационные записки (*.txt *.md *.markdown);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save the new session as</source>
        <translation>Сохранить новое заседание как</translation>
    </message>
    <message>
        <source>Breakout sessions (*.breakout)</source>
        <translation>Заседания Breakout (*.breakout)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Everything is saved in %1</source>
        <translation>Всё сохранено в %1</translation>
    </message>
    <message>
        <source>Copy saved as %1; you are still working in %2</source>
        <translation>Копия сохранена как %1; вы по-прежнему работаете в %2</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Импорт списка участников</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Roster imported: %1, %2</source>
        <translation>Список участников импортирован: %1, %2</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>comment</source>
        <translation>замечание</translation>
    </message>
    <message>
        <source>question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>предложение</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>озабоченность</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>How to vote</source>
        <translation>Как голосовать</translation>
    </message>
    <message>
        <source>Your ballot so far</source>
        <translation>Ваш бюллетень на данный момент</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Back to the start; nothing is stored</source>
        <translation>Вернуться к началу; ничего не сохраняется</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Review my vote</source>
        <translation>Проверить мой голос</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>Ваш код для голосования</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>That code is not known. Check the code on your card and try again.</source>
        <translation>Такой код не найден. Проверьте код на своей карточке и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>This code has already voted in this round. Each person votes once.</source>
        <translation>С этим кодом уже проголосовали в этом туре. Каждый голосует один раз.</translation>
    </message>
    <message>
        <source>You have already voted in this round. Each person votes once.</source>
        <translation>Вы уже проголосовали в этом туре. Каждый голосует один раз.</translation>
    </message>
    <message>
        <source>Type the code from your card first.</source>
        <translation>Сначала введите код с вашей карточки.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Search names</source>
        <translation>Поиск по именам</translation>
    </message>
    <message>
        <source>Type to find your name</source>
        <translation>Начните вводить своё имя</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>Voting has not opened yet</source>
        <translation>Голосование ещё не открыто</translation>
    </message>
    <message>
        <source>Voting has closed</source>
        <translation>Голосование закрыто</translation>
    </message>
    <message>
        <source>Type the code from your card</source>
        <translation>Введите код с вашей карточки</translation>
    </message>
    <message>
        <source>Your code lets you vote once. Your ballot is stored without your name.</source>
        <translation>Код позволяет проголосовать один раз. Ваш бюллетень хранится без вашего имени.</translation>
    </message>
    <message>
        <source>Your code lets you vote once. No name is shown on this screen.</source>
        <translation>Код позволяет проголосовать один раз. Имена на этом экране не показываются.</translation>
    </message>
    <message>
        <source>Tap your name to vote</source>
        <translation>Коснитесь своего имени, чтобы проголосовать</translation>
    </message>
    <message>
        <source>Not on the list? Ask the facilitator to check you in.</source>
        <translation>Вас нет в списке? Попросите ведущего отметить ваше присутствие.</translation>
    </message>
    <message>
        <source>Vote as %1</source>
        <translation>Голосовать как %1</translation>
    </message>
    <message>
        <source>Everyone checked in has voted</source>
        <translation>Все отмеченные участники проголосовали</translation>
    </message>
    <message>
        <source>Several names match; type more of yours, or tap it.</source>
        <translation>Подходит несколько имён; введите больше букв своего имени или коснитесь его.</translation>
    </message>
    <message>
        <source>Voting kiosk</source>
        <translation>Терминал для голосования</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Тур</translation>
    </message>
    <message>
        <source>%1  ·  %2, secret ballot</source>
        <translation>%1  ·  %2, тайное голосование</translation>
    </message>
    <message>
        <source>%1  ·  %2, named vote</source>
        <translation>%1  ·  %2, поимённое голосование</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>Thank you — your vote is in</source>
        <translation>Спасибо — ваш голос учтён</translation>
    </message>
    <message>
        <source>Check your vote</source>
        <translation>Проверьте свой голос</translation>
    </message>
    <message>
        <source>Check your vote, then confirm</source>
        <translation>Проверьте свой голос и подтвердите его</translation>
    </message>
    <message>
        <source>Change my vote</source>
        <translation>Изменить голос</translation>
    </message>
    <message>
        <source>Confirm my vote</source>
        <translation>Подтвердить голос</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Ваш выбор</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Спасибо</translation>
    </message>
    <message>
        <source>Breakout — voting kiosk</source>
        <translation>Breakout — терминал для голосования</translation>
    </message>
    <message>
        <source>Voting kiosk window</source>
        <translation>Окно терминала для голосования</translation>
    </message>
    <message>
        <source>The ballot is empty; choose at least one item.</source>
        <translation>Бюллетень пуст; выберите хотя бы один вариант.</translation>
    </message>
    <message>
        <source>Give every item a level on the agreement scale.</source>
        <translation>Оцените каждый вариант по шкале согласия.</translation>
    </message>
    <message>
        <source>Give every item a grade.</source>
        <translation>Дайте оценку каждому варианту.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>As the Console</source>
        <translation>Как в пульте</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>&amp;Room&apos;s Screen</source>
        <translation>Экран &amp;зала</translation>
    </message>
    <message>
        <source>Room&apos;s Screen, &amp;Second Language</source>
        <translation>Экран зала, &amp;второй язык</translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation>&amp;Терминал</translation>
    </message>
    <message>
        <source>Breakout speaks %1 from its next start.</source>
        <translation>Breakout перейдёт на язык «%1» при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Breakout</source>
        <translation>Breakout</translation>
    </message>
    <message>
        <source>Open a session (Ctrl+O), or make one from a briefing note (Ctrl+N).</source>
        <translation>Откройте заседание (Ctrl+O) или создайте его по информационной записке (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 — Breakout</source>
        <translation>%1 — Breakout</translation>
    </message>
    <message>
        <source>&amp;Run the session</source>
        <translation>&amp;Ход заседания</translation>
    </message>
    <message>
        <source>Recommen&amp;dations</source>
        <translation>&amp;Рекомендации</translation>
    </message>
    <message>
        <source>&amp;Vote</source>
        <translation>&amp;Голосование</translation>
    </message>
    <message>
        <source>Outco&amp;me</source>
        <translation>&amp;Итоги</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>&amp;New from Briefing…</source>
        <translation>&amp;Новое заседание по информационной записке…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>&amp;Импорт списка участников…</translation>
    </message>
    <message>
        <source>Session &amp;Settings…</source>
        <translation>&amp;Параметры заседания…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Shared Screen</source>
        <translation>&amp;Экран зала</translation>
    </message>
    <message>
        <source>Shared Screen &amp;Light/Dark</source>
        <translation>Экран зала: &amp;светлый/тёмный</translation>
    </message>
    <message>
        <source>&amp;Run the Session</source>
        <translation>&amp;Ход заседания</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Итоги</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Недавние &amp;файлы</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>П&amp;ункт</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Ораторы</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Запись</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>Уч&amp;астники</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>speaking %1</source>
        <translation>выступает %1</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Time-box</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Использовано</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>Point %1: %2, %3 minutes</source>
        <translation>Пункт %1: %2, %3 мин</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Private (Ctrl+P): kept in the file, never on the shared screen or in an export.</source>
        <translation>Конфиденциально (Ctrl+P): хранится в файле, но никогда не показывается на экране зала и не экспортируется.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <source>%1 · private</source>
        <translation>%1 · конфиденциально</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 (private) by %2: %3</source>
        <translation>%1 (конфиденциально), %2: %3</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Здесь</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>present</source>
        <translation>присутствует</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>не отмечен</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Time left on this point</source>
        <translation>Оставшееся время по пункту</translation>
    </message>
    <message>
        <source>No point running</source>
        <translation>Нет текущего пункта</translation>
    </message>
    <message>
        <source>Clock state</source>
        <translation>Состояние таймера</translation>
    </message>
    <message>
        <source>Session clock</source>
        <translation>Время заседания</translation>
    </message>
    <message>
        <source>Share of the time-box used</source>
        <translation>Использованная доля регламента</translation>
    </message>
    <message>
        <source>No point started — F6 starts the first</source>
        <translation>Ни один пункт не начат — F6 начинает первый</translation>
    </message>
    <message>
        <source>%1 (paused — F6 resumes)</source>
        <translation>%1 (пауза — F6 продолжает)</translation>
    </message>
    <message>
        <source>%1 (F6 starts)</source>
        <translation>%1 (F6 — начать)</translation>
    </message>
    <message>
        <source>Agenda %1 of %2 · %3 over</source>
        <translation>Повестка: %1 из %2 · превышение %3</translation>
    </message>
    <message>
        <source>Agenda %1 of %2 · %3 left</source>
        <translation>Повестка: %1 из %2 · осталось %3</translation>
    </message>
    <message>
        <source>Contribution text</source>
        <translation>Текст выступления</translation>
    </message>
    <message>
        <source>Type what is said — Enter saves, Shift+Enter for a new line, Ctrl+1…4 sets the kind</source>
        <translation>Записывайте сказанное — Enter сохраняет, Shift+Enter — новая строка, Ctrl+1…4 — тип</translation>
    </message>
    <message>
        <source>Speaking queue</source>
        <translation>Список ораторов</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>As the console</source>
        <translation>Как в пульте</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>The console&apos;s language applies when Breakout next starts; the room&apos;s screen changes at once, the kiosk from the next round it opens.</source>
        <translation>Язык пульта применяется при следующем запуске Breakout; экран зала меняется сразу, терминал — со следующего открытого им тура.</translation>
    </message>
    <message>
        <source>&amp;Console language:</source>
        <translation>Язык &amp;пульта:</translation>
    </message>
    <message>
        <source>&amp;Room&apos;s screen:</source>
        <translation>Экран &amp;зала:</translation>
    </message>
    <message>
        <source>Room&apos;s screen, &amp;second language:</source>
        <translation>Экран зала, &amp;второй язык:</translation>
    </message>
    <message>
        <source>&amp;Kiosk:</source>
        <translation>&amp;Терминал:</translation>
    </message>
    <message>
        <source>Breakout speaks %1 from its next start.</source>
        <translation>Breakout перейдёт на язык «%1» при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>Breakout — shared screen</source>
        <translation>Breakout — экран зала</translation>
    </message>
    <message>
        <source>Shared screen</source>
        <translation>Экран зала</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Название заседания</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Оставшееся время</translation>
    </message>
    <message>
        <source>Time left in words</source>
        <translation>Оставшееся время словами</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>Сейчас выступает</translation>
    </message>
    <message>
        <source>Next speakers</source>
        <translation>Следующие выступающие</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>Текущий ход</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>Скоро начнём</translation>
    </message>
    <message>
        <source>Vote at the kiosk with the code on your card</source>
        <translation>Голосуйте на терминале с кодом с вашей карточки</translation>
    </message>
    <message>
        <source>Vote at the kiosk: tap your name there</source>
        <translation>Голосуйте на терминале: коснитесь там своего имени</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Использованное время</translation>
    </message>
    <message>
        <source>nearly up</source>
        <translation>почти истекло</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>время превышено</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>использовано %1 %</translation>
    </message>
    <message>
        <source>Voting under way</source>
        <translation>Идёт голосование</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Тур</translation>
    </message>
    <message>
        <source>How many have voted</source>
        <translation>Сколько проголосовало</translation>
    </message>
    <message>
        <source>Where to vote</source>
        <translation>Где голосовать</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Блокировки</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>Как считали голоса</translation>
    </message>
    <message>
        <source>Results · %1</source>
        <translation>Результаты · %1</translation>
    </message>
    <message>
        <source>Blocked by at least one person: %1</source>
        <translation>Заблокировано хотя бы одним участником: %1</translation>
    </message>
    <message>
        <source>Point %1 of %2</source>
        <translation>Пункт %1 из %2</translation>
    </message>
    <message>
        <source>1 min %1</source>
        <translation>1 мин %1</translation>
    </message>
    <message>
        <source>Point closed</source>
        <translation>Пункт закрыт</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Осталось %1</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>Время вышло</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>Превышение на %1</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <translation>%1 · пауза</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>Выступающий %1</translation>
    </message>
    <message>
        <source>Speaking: %1</source>
        <translation>Выступает: %1</translation>
    </message>
    <message>
        <source>Raise your hand to speak</source>
        <translation>Поднимите руку, чтобы выступить</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <source>Voting has not opened yet</source>
        <translation>Голосование ещё не открыто</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Dot voting</source>
        <translation>Голосование точками</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Одобрительное голосование</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ранжирование</translation>
    </message>
    <message>
        <source>Agreement scale</source>
        <translation>Шкала согласия</translation>
    </message>
    <message>
        <source>Majority judgment</source>
        <translation>Мажоритарное суждение</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блокирую</translation>
    </message>
    <message>
        <source>Serious concerns</source>
        <translation>Серьёзные возражения</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Есть сомнения</translation>
    </message>
    <message>
        <source>Can live with it</source>
        <translation>Могу принять</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддерживаю</translation>
    </message>
    <message>
        <source>Full support</source>
        <translation>Полностью поддерживаю</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Плохо</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Удовлетворительно</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошо</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Очень хорошо</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Отлично</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message numerus="yes">
        <source>%1 of %n supported</source>
        <translation>
            <numerusform>Поддержано: %1 из %n</numerusform>
            <numerusform>Поддержано: %1 из %n</numerusform>
            <numerusform>Поддержано: %1 из %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n dots on one item.</source>
        <translation>
            <numerusform>Не больше %n точки на один вариант.</numerusform>
            <numerusform>Не больше %n точек на один вариант.</numerusform>
            <numerusform>Не больше %n точек на один вариант.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dots left</source>
        <translation>
            <numerusform>Осталось %1 из %n точки</numerusform>
            <numerusform>Осталось %1 из %n точек</numerusform>
            <numerusform>Осталось %1 из %n точек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items have a grade</source>
        <translation>
            <numerusform>Оценено: %1 из %n</numerusform>
            <numerusform>Оценено: %1 из %n</numerusform>
            <numerusform>Оценено: %1 из %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can rank up to %n items; tap one to take it back.</source>
        <translation>
            <numerusform>Можно выбрать не больше %n варианта; коснитесь одного, чтобы убрать его.</numerusform>
            <numerusform>Можно выбрать не больше %n вариантов; коснитесь одного, чтобы убрать его.</numerusform>
            <numerusform>Можно выбрать не больше %n вариантов; коснитесь одного, чтобы убрать его.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ranked</source>
        <translation>
            <numerusform>Выбрано по порядку: %1 из %n</numerusform>
            <numerusform>Выбрано по порядку: %1 из %n</numerusform>
            <numerusform>Выбрано по порядку: %1 из %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items have a level</source>
        <translation>
            <numerusform>С уровнем: %1 из %n</numerusform>
            <numerusform>С уровнем: %1 из %n</numerusform>
            <numerusform>С уровнем: %1 из %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (a place in a ranking)</source>
        <translation>
            <numerusform>%n-й</numerusform>
            <numerusform>%n-й</numerusform>
            <numerusform>%n-й</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place up to %n dots, at most %1 on one item</source>
        <translation>
            <numerusform>Расставьте до %n точки, не больше %1 на один вариант</numerusform>
            <numerusform>Расставьте до %n точек, не больше %1 на один вариант</numerusform>
            <numerusform>Расставьте до %n точек, не больше %1 на один вариант</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tap items in your order of preference (up to %n); tap again to remove</source>
        <translation>
            <numerusform>Коснитесь вариантов в порядке предпочтения (не больше %n); повторное касание убирает вариант</numerusform>
            <numerusform>Коснитесь вариантов в порядке предпочтения (не больше %n); повторное касание убирает вариант</numerusform>
            <numerusform>Коснитесь вариантов в порядке предпочтения (не больше %n); повторное касание убирает вариант</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots</source>
        <translation>
            <numerusform>%n точка</numerusform>
            <numerusform>%n точки</numerusform>
            <numerusform>%n точек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n dots not used)</source>
        <translation>
            <numerusform>(не использована %n точка)</numerusform>
            <numerusform>(не использованы %n точки)</numerusform>
            <numerusform>(не использовано %n точек)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You support %n of %1 items.</source>
        <translation>
            <numerusform>Вы поддерживаете %n вариант из %1.</numerusform>
            <numerusform>Вы поддерживаете %n варианта из %1.</numerusform>
            <numerusform>Вы поддерживаете %n вариантов из %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+ещё %n)</numerusform>
            <numerusform>(+ещё %n)</numerusform>
            <numerusform>(+ещё %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting has closed: %n of %1 voted</source>
        <translation>
            <numerusform>Голосование закрыто: проголосовал %n из %1</numerusform>
            <numerusform>Голосование закрыто: проголосовали %n из %1</numerusform>
            <numerusform>Голосование закрыто: проголосовали %n из %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting has closed: %n voted</source>
        <translation>
            <numerusform>Голосование закрыто: проголосовал %n человек</numerusform>
            <numerusform>Голосование закрыто: проголосовали %n человека</numerusform>
            <numerusform>Голосование закрыто: проголосовали %n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting: %n of %1 have voted</source>
        <translation>
            <numerusform>Голосование: проголосовал %n из %1</numerusform>
            <numerusform>Голосование: проголосовали %n из %1</numerusform>
            <numerusform>Голосование: проголосовали %n из %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting: %n have voted</source>
        <translation>
            <numerusform>Голосование: проголосовал %n человек</numerusform>
            <numerusform>Голосование: проголосовали %n человека</numerusform>
            <numerusform>Голосование: проголосовали %n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n voted (%2 turnout)</source>
        <translation>
            <numerusform>Проголосовали %1 из %n (явка %2)</numerusform>
            <numerusform>Проголосовали %1 из %n (явка %2)</numerusform>
            <numerusform>Проголосовали %1 из %n (явка %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n пункт</numerusform>
            <numerusform>%n пункта</numerusform>
            <numerusform>%n пунктов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min planned</source>
        <translation>
            <numerusform>запланирована %n мин</numerusform>
            <numerusform>запланировано %n мин</numerusform>
            <numerusform>запланировано %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contributions</source>
        <translation>
            <numerusform>%n выступление</numerusform>
            <numerusform>%n выступления</numerusform>
            <numerusform>%n выступлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n рекомендация</numerusform>
            <numerusform>%n рекомендации</numerusform>
            <numerusform>%n рекомендаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points on the agenda</source>
        <translation>
            <numerusform>%n пункт в повестке дня</numerusform>
            <numerusform>%n пункта в повестке дня</numerusform>
            <numerusform>%n пунктов в повестке дня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checked in</source>
        <translation>
            <numerusform>Отметились: %1 из %n</numerusform>
            <numerusform>Отметились: %1 из %n</numerusform>
            <numerusform>Отметились: %1 из %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>добавлен %n участник</numerusform>
            <numerusform>добавлено %n участника</numerusform>
            <numerusform>добавлено %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>обновлена %n запись</numerusform>
            <numerusform>обновлены %n записи</numerusform>
            <numerusform>обновлено %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turns</source>
        <translation>
            <numerusform>%n выступление</numerusform>
            <numerusform>%n выступления</numerusform>
            <numerusform>%n выступлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>присутствует %n</numerusform>
            <numerusform>присутствуют %n</numerusform>
            <numerusform>присутствуют %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nobody checked in yet, so shares are of the %n on the roster</source>
        <translation>
            <numerusform>пока никто не отмечен, поэтому доли считаются от %n человека в списке</numerusform>
            <numerusform>пока никто не отмечен, поэтому доли считаются от %n человек в списке</numerusform>
            <numerusform>пока никто не отмечен, поэтому доли считаются от %n человек в списке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %3.
Nobody checked in yet: shares are of the %n on the roster.</source>
        <translation>
            <numerusform>%1: %2, %3.
Пока никто не отмечен: доли считаются от %n человека в списке.</numerusform>
            <numerusform>%1: %2, %3.
Пока никто не отмечен: доли считаются от %n человек в списке.</numerusform>
            <numerusform>%1: %2, %3.
Пока никто не отмечен: доли считаются от %n человек в списке.</numerusform>
        </translation>
    </message>
</context>
</TS>
