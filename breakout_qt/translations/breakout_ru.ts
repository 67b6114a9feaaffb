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
    <name>Board</name>
    <message>
        <source>&amp;Suggest groups (Ctrl+G)</source>
        <translation>&amp;Предложить группы (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Accept all suggestions</source>
        <translation>&amp;Принять все предложенные группы</translation>
    </message>
    <message>
        <source>Grouping status</source>
        <translation>Ход группировки</translation>
    </message>
    <message>
        <source>Recommendations by group</source>
        <translation>Рекомендации по группам</translation>
    </message>
    <message>
        <source>Choose a group to word its recommendation</source>
        <translation>Выберите группу, чтобы сформулировать её рекомендацию</translation>
    </message>
    <message>
        <source>The group&apos;s consolidated recommendation</source>
        <translation>Сводная рекомендация группы</translation>
    </message>
    <message>
        <source>Write the recommendation this group puts to the vote. Ctrl+Enter saves.</source>
        <translation>Сформулируйте рекомендацию, которую группа выносит на голосование. Ctrl+Enter — сохранить.</translation>
    </message>
    <message>
        <source>Save w&amp;ording (Ctrl+Enter)</source>
        <translation>&amp;Сохранить формулировку (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Possible duplicates: Enter merges the pair</source>
        <translation>Возможные дубликаты: Enter объединяет пару</translation>
    </message>
    <message>
        <source>Enter accepts a suggested group · Delete dissolves a group or withdraws a proposal · F2 renames or rewords · Ctrl+Shift+M moves the selection to a group · Ctrl+Shift+J merges this group into another · Ctrl+Shift+K splits the selection off · Ctrl+Shift+D merges selected proposals as duplicates · Alt+↑/↓ reorders</source>
        <translation>Enter — принять предложенную группу · Delete — распустить группу или снять предложение · F2 — переименовать или переформулировать · Ctrl+Shift+M — перенести выделенное в группу · Ctrl+Shift+J — слить эту группу с другой · Ctrl+Shift+K — выделить выбранное в отдельную группу · Ctrl+Shift+D — объединить выбранные предложения как дубликаты · Alt+↑/↓ — изменить порядок</translation>
    </message>
    <message>
        <source>Possible d&amp;uplicates — Enter merges</source>
        <translation>Возможные &amp;дубликаты — Enter объединяет</translation>
    </message>
    <message>
        <source>Suggest Groups</source>
        <translation>Предложить группы</translation>
    </message>
    <message>
        <source>Move to Group…</source>
        <translation>Перенести в группу…</translation>
    </message>
    <message>
        <source>Merge Group Into…</source>
        <translation>Слить группу с…</translation>
    </message>
    <message>
        <source>Split Selection Off</source>
        <translation>Выделить выбранное в группу</translation>
    </message>
    <message>
        <source>Merge Selected as Duplicates</source>
        <translation>Объединить выбранное как дубликаты</translation>
    </message>
    <message>
        <source>The group this wording was written for is gone, so it has not been saved:

%1

Discard it? (No keeps it: choose a group and press Ctrl+Enter to give it this wording.)</source>
        <translation>Группы, для которой написана эта формулировка, больше нет, поэтому она не сохранена:

%1

Отказаться от неё? («Нет» — оставить: выберите группу и нажмите Ctrl+Enter, чтобы присвоить ей эту формулировку.)</translation>
    </message>
    <message>
        <source>Unsaved wording</source>
        <translation>Несохранённая формулировка</translation>
    </message>
    <message>
        <source>Untitled group</source>
        <translation>Группа без названия</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (предложена)</translation>
    </message>
    <message>
        <source>Not saved yet: the wording for “%1”</source>
        <translation>Ещё не сохранено: формулировка для «%1»</translation>
    </message>
    <message>
        <source>Its group is gone, so this wording is not saved: Ctrl+Enter gives it to “%1”</source>
        <translation>Группы больше нет, поэтому формулировка не сохранена: Ctrl+Enter присвоит её группе «%1»</translation>
    </message>
    <message>
        <source>Its group is gone, so this wording is not saved: choose a group, then Ctrl+Enter gives it this wording</source>
        <translation>Группы больше нет, поэтому формулировка не сохранена: выберите группу и нажмите Ctrl+Enter, чтобы присвоить ей формулировку</translation>
    </message>
    <message>
        <source>%1
≈ %2  (%3 % alike)</source>
        <translation>%1
≈ %2  (сходство %3 %)</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>select one or more proposals to move</source>
        <translation>выберите одно или несколько предложений для переноса</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>Перенести в группу</translation>
    </message>
    <message>
        <source>select a group to merge</source>
        <translation>выберите группу для слияния</translation>
    </message>
    <message>
        <source>Merge this group into</source>
        <translation>Слить эту группу с</translation>
    </message>
    <message>
        <source>select proposals of one group to split them off</source>
        <translation>выберите предложения одной группы, чтобы выделить их</translation>
    </message>
    <message>
        <source>select two or more proposals that say the same thing</source>
        <translation>выберите два или более предложения с одинаковым смыслом</translation>
    </message>
    <message>
        <source>choose a group to give this wording to</source>
        <translation>выберите группу, которой присвоить эту формулировку</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Пункт %1</translation>
    </message>
    <message>
        <source>worded</source>
        <translation>сформулирована</translation>
    </message>
    <message>
        <source>No consolidated wording yet</source>
        <translation>Сводной формулировки пока нет</translation>
    </message>
    <message>
        <source>there are fewer than two proposals outside people&apos;s groups to group</source>
        <translation>вне групп, составленных людьми, меньше двух предложений — группировать нечего</translation>
    </message>
    <message>
        <source>Reading the proposals…</source>
        <translation>Чтение предложений…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Suggest groups</source>
        <translation>Предложить группы</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>tie</source>
        <translation>наравне</translation>
    </message>
    <message>
        <source>Results chart</source>
        <translation>Диаграмма результатов</translation>
    </message>
    <message>
        <source>%1 (tie). %2: %3</source>
        <translation>%1 (наравне). %2: %3</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
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
    <message>
        <source>Report language:</source>
        <translation>&amp;Язык доклада:</translation>
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
        <source>Sessions to combine</source>
        <translation>Заседания для объединения</translation>
    </message>
    <message>
        <source>Forum file: a new one, or one to add to</source>
        <translation>Файл форума: новый или существующий, чтобы дополнить его</translation>
    </message>
    <message>
        <source>Breakout forums (*.breakout)</source>
        <translation>Форумы Breakout (*.breakout)</translation>
    </message>
    <message>
        <source>Forum %1: %2, %3</source>
        <translation>Форум %1: %2, %3</translation>
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
    <name>FileNames</name>
    <message>
        <source>PDF report</source>
        <translation>отчёт PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>документ Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>текст Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Файлы Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV files (a folder)</source>
        <translation>файлы CSV (папка)</translation>
    </message>
    <message>
        <source>Folders (*)</source>
        <translation>Папки (*)</translation>
    </message>
    <message>
        <source>JSON (interchange format)</source>
        <translation>JSON (формат обмена)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>InboxBox</name>
    <message>
        <source>Sent from phones</source>
        <translation>Отправлено с телефонов</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>При&amp;нять</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>От&amp;клонить</translation>
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
        <source>unnamed</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>Edit what was sent</source>
        <translation>Изменить присланный текст</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
</context>
<context>
    <name>JoinCode</name>
    <message>
        <source>QR code of the address phones join at</source>
        <translation>QR-код адреса для подключения телефонов</translation>
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
        <source>Com&amp;bine Sessions…</source>
        <translation>Объединить &amp;заседания…</translation>
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
        <source>&amp;Phone Participation…</source>
        <translation>&amp;Участие с телефонов…</translation>
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
    <name>Outcome</name>
    <message>
        <source>Points, and the whole session</source>
        <translation>Пункты и заседание в целом</translation>
    </message>
    <message>
        <source>Poin&amp;ts</source>
        <translation>&amp;Пункты</translation>
    </message>
    <message>
        <source>Everything here saves as you type; Edit ▸ Undo takes it back.</source>
        <translation>Всё сохраняется по мере ввода; Правка ▸ Отменить возвращает прежнее.</translation>
    </message>
    <message>
        <source>The point</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Key messages of this point, one a line</source>
        <translation>Ключевые тезисы по пункту, по одному в строке</translation>
    </message>
    <message>
        <source>The few things this point concluded, one a line.</source>
        <translation>Немногие выводы по этому пункту, по одному в строке.</translation>
    </message>
    <message>
        <source>Summary of this point&apos;s discussion</source>
        <translation>Краткое изложение обсуждения пункта</translation>
    </message>
    <message>
        <source>A short narrative of the discussion: who raised what, where views met or parted.</source>
        <translation>Краткий ход обсуждения: кто что поднял, в чём мнения сошлись и в чём разошлись.</translation>
    </message>
    <message>
        <source>Su&amp;ggest drafts</source>
        <translation>&amp;Предложить черновики</translation>
    </message>
    <message>
        <source>Offer this point&apos;s most representative contributions as draft key messages</source>
        <translation>Предложить самые показательные выступления по пункту как черновики ключевых тезисов</translation>
    </message>
    <message>
        <source>Drafts status</source>
        <translation>Состояние черновиков</translation>
    </message>
    <message>
        <source>&amp;Key messages — one a line</source>
        <translation>&amp;Ключевые тезисы — по одному в строке</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Краткое изложение</translation>
    </message>
    <message>
        <source>Key messages of the whole session, one a line</source>
        <translation>Ключевые тезисы всего заседания, по одному в строке</translation>
    </message>
    <message>
        <source>What the session as a whole concluded, one message a line.</source>
        <translation>Выводы заседания в целом, по одному тезису в строке.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Дальнейшие шаги</translation>
    </message>
    <message>
        <source>Who does what next, and by when.</source>
        <translation>Кто, что и к какому сроку делает дальше.</translation>
    </message>
    <message>
        <source>To whom the recommendations are addressed</source>
        <translation>Адресаты рекомендаций</translation>
    </message>
    <message>
        <source>Governments, the secretariat, city networks…</source>
        <translation>Правительства, секретариат, сети городов…</translation>
    </message>
    <message>
        <source>Key messages written for each point, read only</source>
        <translation>Ключевые тезисы по каждому пункту, только для чтения</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>Заседание в целом</translation>
    </message>
    <message>
        <source>&amp;Key messages of the whole session — one a line</source>
        <translation>&amp;Ключевые тезисы заседания — по одному в строке</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>&amp;Дальнейшие шаги</translation>
    </message>
    <message>
        <source>T&amp;o whom the recommendations are addressed</source>
        <translation>&amp;Адресаты рекомендаций</translation>
    </message>
    <message>
        <source>Key messages by point</source>
        <translation>Ключевые тезисы по пунктам</translation>
    </message>
    <message>
        <source>Key messages, next steps, addressees</source>
        <translation>Ключевые тезисы, дальнейшие шаги, адресаты</translation>
    </message>
    <message>
        <source>Point %1 of %2: %3</source>
        <translation>Пункт %1 из %2: %3</translation>
    </message>
    <message>
        <source>the point “%1” is gone, so this text written for it was not saved: %2</source>
        <translation>пункта «%1» больше нет, поэтому написанный для него текст не сохранён: %2</translation>
    </message>
    <message>
        <source>%1

%2

Discard it? (No keeps it here to shorten or copy.)</source>
        <translation>%1

%2

Отказаться от него? («Нет» — оставить здесь, чтобы сократить или скопировать.)</translation>
    </message>
    <message>
        <source>Text not saved</source>
        <translation>Текст не сохранён</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is kept here.</source>
        <translation>Не сохранено: %1. Ваш текст остаётся здесь.</translation>
    </message>
    <message>
        <source>No contributions to draft from at this point yet (questions and private contributions are left out).</source>
        <translation>По этому пункту пока нет выступлений для черновиков (вопросы и закрытые выступления не учитываются).</translation>
    </message>
    <message>
        <source>Every draft is already among the key messages.</source>
        <translation>Все черновики уже есть среди ключевых тезисов.</translation>
    </message>
    <message>
        <source>No drafts: %1</source>
        <translation>Черновиков нет: %1</translation>
    </message>
    <message>
        <source>Stopped; no drafts were kept.</source>
        <translation>Остановлено; черновики не сохранены.</translation>
    </message>
    <message>
        <source>Suggested — not yet yours</source>
        <translation>Предложено — ещё не ваше</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Suggested key messages, not yet yours</source>
        <translation>Предложенные ключевые тезисы, ещё не ваши</translation>
    </message>
    <message>
        <source>Suggested key messages, not yet yours: Enter or double-click uses one</source>
        <translation>Предложенные ключевые тезисы, ещё не ваши: Enter или двойной щелчок — использовать</translation>
    </message>
    <message>
        <source>Finding drafts</source>
        <translation>Поиск черновиков</translation>
    </message>
    <message>
        <source>Use &amp;all</source>
        <translation>Использовать &amp;все</translation>
    </message>
    <message>
        <source>Add every suggestion to the key messages (Ctrl+Z undoes)</source>
        <translation>Добавить все предложения в ключевые тезисы (Ctrl+Z — отменить)</translation>
    </message>
    <message>
        <source>Use &amp;selected</source>
        <translation>Использовать в&amp;ыбранные</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Suggested, not yet yours: %1</source>
        <translation>Предложено, ещё не ваше: %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Предложено: %1</translation>
    </message>
    <message>
        <source>the most representative contributions; use them or write your own</source>
        <translation>самые показательные выступления; используйте их или напишите свои</translation>
    </message>
    <message>
        <source>Contributions at this point, newest first; read only</source>
        <translation>Выступления по пункту, сначала новые; только для чтения</translation>
    </message>
    <message>
        <source>Quote i&amp;nto key messages</source>
        <translation>&amp;Цитировать в ключевые тезисы</translation>
    </message>
    <message>
        <source>Add the selected contribution as a key message (or double-click it)</source>
        <translation>Добавить выбранное выступление как ключевой тезис (или дважды щёлкните по нему)</translation>
    </message>
    <message>
        <source>Contri&amp;butions at this point</source>
        <translation>&amp;Выступления по пункту</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
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
    <name>PhonePanel</name>
    <message>
        <source>Phone Participation</source>
        <translation>Участие с телефонов</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Сетевой адрес</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Сеть:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Запустить</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Can phones &amp;reach me?</source>
        <translation>&amp;Доступен ли я телефонам?</translation>
    </message>
    <message>
        <source>Wi-Fi network name</source>
        <translation>Имя сети Wi-Fi</translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation>Пароль Wi-Fi</translation>
    </message>
    <message>
        <source>Wi-&amp;Fi name:</source>
        <translation>Имя сети &amp;Wi-Fi:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>This computer has no network address; join a network and open this again.</source>
        <translation>У этого компьютера нет сетевого адреса; подключитесь к сети и откройте это окно снова.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Запрос к %1…</translation>
    </message>
    <message>
        <source>Phones are off.</source>
        <translation>Телефоны отключены.</translation>
    </message>
    <message>
        <source>Card for a walk-in</source>
        <translation>Карточка для пришедшего без регистрации</translation>
    </message>
    <message>
        <source>Their name, or leave it empty</source>
        <translation>Имя участника или оставьте пустым</translation>
    </message>
    <message>
        <source>Walk-in&apos;s name</source>
        <translation>Имя пришедшего без регистрации</translation>
    </message>
    <message>
        <source>Wal&amp;k-in&apos;s name:</source>
        <translation>Им&amp;я:</translation>
    </message>
    <message>
        <source>&amp;Give a code</source>
        <translation>&amp;Выдать код</translation>
    </message>
    <message>
        <source>Voting code</source>
        <translation>Код для голосования</translation>
    </message>
    <message>
        <source>Print &amp;card…</source>
        <translation>Пе&amp;чать карточки…</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Без регистрации</translation>
    </message>
    <message>
        <source>%1 is checked in. Read them this code or print their card; only this computer shows it, never the room&apos;s screen.</source>
        <translation>%1 отмечен(а) как присутствующий. Прочитайте этот код или распечатайте карточку; код виден только на этом компьютере и никогда — на экране зала.</translation>
    </message>
</context>
<context>
    <name>PhoneReach</name>
    <message>
        <source>This computer could not reach its own phone server at %1 (%2). Check that its firewall lets this port in, or choose another network or port.</source>
        <extracomment>How long the check waits for an answer, in milliseconds.</extracomment>
        <translation>Этот компьютер не смог связаться со своим сервером для телефонов по адресу %1 (%2). Проверьте, что брандмауэр пропускает этот порт, или выберите другую сеть или порт.</translation>
    </message>
    <message>
        <source>Another program answers at %1, not this phone server; choose another port.</source>
        <translation>По адресу %1 отвечает другая программа, а не этот сервер для телефонов; выберите другой порт.</translation>
    </message>
    <message>
        <source>The phone server answers at %1: it listens on this network and this computer&apos;s firewall lets it through. That does not prove the Wi-Fi lets phones reach this computer (some networks keep devices apart): open the address on one phone to be sure.</source>
        <translation>Сервер для телефонов отвечает по адресу %1: он слушает эту сеть, и брандмауэр этого компьютера его пропускает. Это не доказывает, что сеть Wi-Fi позволяет телефонам достучаться до компьютера (некоторые сети изолируют устройства): откройте адрес на одном телефоне, чтобы убедиться.</translation>
    </message>
    <message>
        <source>%1 is this computer alone: no phone can reach it. Stop, and choose the address of the Wi-Fi or cable the phones share.</source>
        <translation>%1 — это только сам компьютер: ни один телефон не сможет к нему подключиться. Остановите сервер и выберите адрес сети Wi-Fi или кабеля, общей для телефонов.</translation>
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
    <name>VoteDialogs</name>
    <message>
        <source>New voting round</source>
        <translation>Новый тур голосования</translation>
    </message>
    <message>
        <source>Edit voting round</source>
        <translation>Изменить тур голосования</translation>
    </message>
    <message>
        <source>Round title</source>
        <translation>Название тура</translation>
    </message>
    <message>
        <source>e.g. Which recommendations go to the plenary first?</source>
        <translation>например: какие рекомендации вынести на пленарное заседание в первую очередь?</translation>
    </message>
    <message>
        <source>&amp;Secret ballot: people vote with the code on their card; ballots carry no name</source>
        <translation>&amp;Тайное голосование: каждый голосует с кодом со своей карточки; бюллетени без имён</translation>
    </message>
    <message>
        <source>Another item for the ballot</source>
        <translation>Ещё один вариант для бюллетеня</translation>
    </message>
    <message>
        <source>Another item, not from a group (Enter adds it)</source>
        <translation>Ещё один вариант не из групп (Enter — добавить)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Items chosen</source>
        <translation>Выбранные варианты</translation>
    </message>
    <message>
        <source>Create round</source>
        <translation>Создать тур</translation>
    </message>
    <message>
        <source>Save round</source>
        <translation>Сохранить тур</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt; — tick at least two; a group&apos;s wording is used</source>
        <translation>&lt;b&gt;Варианты&lt;/b&gt; — отметьте не меньше двух; берётся формулировка группы</translation>
    </message>
    <message>
        <source>Items on the ballot</source>
        <translation>Варианты в бюллетене</translation>
    </message>
    <message>
        <source>On the ballot as (F2 edits)</source>
        <translation>В бюллетене как (F2 — изменить)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Точек на человека</translation>
    </message>
    <message>
        <source>Most dots on one item</source>
        <translation>Не больше точек на один вариант</translation>
    </message>
    <message>
        <source>Most items one person ranks</source>
        <translation>Сколько вариантов ранжирует один человек (не больше)</translation>
    </message>
    <message>
        <source>as many as they like</source>
        <translation>сколько угодно</translation>
    </message>
    <message>
        <source>up to </source>
        <translation>до </translation>
    </message>
    <message>
        <source>Dot &amp;budget:</source>
        <translation>&amp;Запас точек:</translation>
    </message>
    <message>
        <source>&amp;Cap per item:</source>
        <translation>&amp;Предел на вариант:</translation>
    </message>
    <message>
        <source>&amp;Items to rank:</source>
        <translation>&amp;Вариантов для ранжирования:</translation>
    </message>
    <message>
        <source>%1 chosen: a ballot needs at least two items</source>
        <translation>Выбрано: %1 — в бюллетене должно быть не меньше двух вариантов</translation>
    </message>
    <message>
        <source>Hand count — %1</source>
        <translation>Подсчёт поднятых рук — %1</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Поднятые руки</translation>
    </message>
    <message>
        <source>Hands per item</source>
        <translation>Поднятые руки по вариантам</translation>
    </message>
    <message>
        <source>Hands for %1</source>
        <translation>Руки за «%1»</translation>
    </message>
    <message>
        <source>Check against the people present</source>
        <translation>Сверка с числом присутствующих</translation>
    </message>
    <message>
        <source>Record counts</source>
        <translation>Записать подсчёт</translation>
    </message>
    <message>
        <source>%1 hands for “%2” is more than the %3 people present</source>
        <translation>%1 рук за «%2» — больше, чем присутствующих (%3)</translation>
    </message>
    <message>
        <source>the levels for “%1” add up to %2, more than the %3 present (each person shows one level)</source>
        <translation>по «%1» уровни в сумме дают %2 — больше, чем присутствующих (%3); каждый показывает один уровень</translation>
    </message>
    <message>
        <source>Count again: %1.</source>
        <translation>Пересчитайте: %1.</translation>
    </message>
    <message>
        <source>Voting codes</source>
        <translation>Коды для голосования</translation>
    </message>
    <message>
        <source>Voting codes by name</source>
        <translation>Коды для голосования по именам</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Hand each person the card with their code before the vote. A code lets its holder vote once in each secret round; ballots are stored without names.</source>
        <translation>Перед голосованием раздайте каждому карточку с его кодом. Код позволяет проголосовать один раз в каждом тайном туре; бюллетени хранятся без имён.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Print cards…</source>
        <translation>&amp;Печать карточек…</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>Ваш код для голосования</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Voting rounds</source>
        <translation>Туры голосования</translation>
    </message>
    <message>
        <source>&amp;New round… (Ctrl+Shift+R)</source>
        <translation>&amp;Новый тур… (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Voting rounds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Туры голосования&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Тур</translation>
    </message>
    <message>
        <source>Method, rules and state</source>
        <translation>Способ, правила и состояние</translation>
    </message>
    <message>
        <source>Items on the ballot</source>
        <translation>Варианты в бюллетене</translation>
    </message>
    <message>
        <source>Voters so far</source>
        <translation>Проголосовавшие на данный момент</translation>
    </message>
    <message>
        <source>Results note</source>
        <translation>Примечание к результатам</translation>
    </message>
    <message>
        <source>&lt;b&gt;On the ballot&lt;/b&gt;</source>
        <translation>&lt;b&gt;В бюллетене&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Edit ro&amp;und… (F2)</source>
        <translation>&amp;Изменить тур… (F2)</translation>
    </message>
    <message>
        <source>Change the title, method, settings or items until voting opens</source>
        <translation>Менять название, способ, настройки или варианты можно до открытия голосования</translation>
    </message>
    <message>
        <source>&amp;Open voting</source>
        <translation>&amp;Открыть голосование</translation>
    </message>
    <message>
        <source>Close vo&amp;ting…</source>
        <translation>&amp;Закрыть голосование…</translation>
    </message>
    <message>
        <source>Open the voting kiosk in a window of its own (a touch screen, or this laptop turned round); the room&apos;s screen shows how many have voted. The console keeps the keyboard until you press F7 again.</source>
        <translation>Открывает терминал для голосования в отдельном окне (сенсорный экран или этот ноутбук, развёрнутый к залу); экран зала показывает, сколько человек проголосовало. Клавиатура остаётся у пульта, пока вы снова не нажмёте F7.</translation>
    </message>
    <message>
        <source>H&amp;and count…</source>
        <translation>Подсчёт &amp;рук…</translation>
    </message>
    <message>
        <source>&amp;Issue voting codes…</source>
        <translation>&amp;Выдать коды для голосования…</translation>
    </message>
    <message>
        <source>&amp;Show results on the shared screen (Shift+F7)</source>
        <translation>&amp;Показать результаты на экране зала (Shift+F7)</translation>
    </message>
    <message>
        <source>&amp;Back to the session (Ctrl+F7)</source>
        <translation>&amp;Вернуться к заседанию (Ctrl+F7)</translation>
    </message>
    <message>
        <source>The shared screen shows the session again</source>
        <translation>Экран зала снова показывает заседание</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared screen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Экран зала&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New Voting Round…</source>
        <translation>Новый тур голосования…</translation>
    </message>
    <message>
        <source>Edit Voting Round…</source>
        <translation>Изменить тур голосования…</translation>
    </message>
    <message>
        <source>Kiosk Window (Again: Hand It the Keyboard)</source>
        <translation>Окно терминала (повторно — передать ему клавиатуру)</translation>
    </message>
    <message>
        <source>Results on the Shared Screen</source>
        <translation>Результаты на экране зала</translation>
    </message>
    <message>
        <source>Shared Screen Back to the Session</source>
        <translation>Экран зала: вернуться к заседанию</translation>
    </message>
    <message>
        <source>Hand Count…</source>
        <translation>Подсчёт поднятых рук…</translation>
    </message>
    <message>
        <source>No voting round yet. Press Ctrl+Shift+R to set one up from the board&apos;s groups.</source>
        <translation>Туров голосования пока нет. Нажмите Ctrl+Shift+R, чтобы подготовить тур по группам с доски.</translation>
    </message>
    <message>
        <source>secret ballot</source>
        <translation>тайное голосование</translation>
    </message>
    <message>
        <source>named vote</source>
        <translation>поимённое голосование</translation>
    </message>
    <message>
        <source>Results stay hidden until voting closes.</source>
        <translation>Результаты скрыты до закрытия голосования.</translation>
    </message>
    <message>
        <source>A show of hands cannot express %1</source>
        <translation>Поднятием рук нельзя выразить этот способ: %1</translation>
    </message>
    <message>
        <source>choose a voting round first, or set one up with Ctrl+Shift+R</source>
        <translation>сначала выберите тур голосования или подготовьте его (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>voting has opened in this round, so it can no longer change; set up a new round (Ctrl+Shift+R) instead</source>
        <translation>голосование в этом туре уже открыто, изменить его нельзя; подготовьте новый тур (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>hand counts are in for this round, so it can no longer change; set up a new round (Ctrl+Shift+R) instead</source>
        <translation>для этого тура уже внесены подсчёты рук, изменить его нельзя; подготовьте новый тур (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>the round is %1, not open</source>
        <translation>тур не открыт (%1)</translation>
    </message>
    <message>
        <source>open voting first; the kiosk takes ballots only while a round is open</source>
        <translation>сначала откройте голосование: терминал принимает бюллетени только в открытом туре</translation>
    </message>
    <message>
        <source>voting has closed in this round</source>
        <translation>голосование в этом туре закрыто</translation>
    </message>
    <message>
        <source>&amp;Kiosk window for voting (F7)</source>
        <translation>&amp;Терминал для голосования (F7)</translation>
    </message>
    <message>
        <source>Hand the &amp;keyboard to the kiosk (F7)</source>
        <translation>Передать &amp;клавиатуру терминалу (F7)</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>тайное</translation>
    </message>
    <message>
        <source>named</source>
        <translation>поимённое</translation>
    </message>
    <message>
        <source>at most %1 on one item</source>
        <translation>не больше %1 на один вариант</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>rank as many items as you like</source>
        <translation>ранжировать сколько угодно вариантов</translation>
    </message>
    <message>
        <source>mark every item you support</source>
        <translation>отметить все поддерживаемые варианты</translation>
    </message>
    <message>
        <source>every item gets a level from %1 to %2</source>
        <translation>каждому варианту — уровень от «%1» до «%2»</translation>
    </message>
    <message>
        <source>every item gets a grade from %1 to %2</source>
        <translation>каждому варианту — оценка от «%1» до «%2»</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>not open yet</source>
        <translation>ещё не открыт</translation>
    </message>
    <message>
        <source>voting is open</source>
        <translation>голосование открыто</translation>
    </message>
    <message>
        <source>voting has closed</source>
        <translation>голосование закрыто</translation>
    </message>
    <message>
        <source>%1 at the kiosk · hand counts entered</source>
        <translation>%1 на терминале · подсчёт рук внесён</translation>
    </message>
    <message>
        <source>Close voting on “%1”?

%2. No more ballots or hand counts after this; the results can then be shown.</source>
        <translation>Закрыть голосование по «%1»?

%2. После этого бюллетени и подсчёты рук больше не принимаются; затем можно показать результаты.</translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation>Закрыть голосование</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Тур %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation>&lt;b&gt;Результаты&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>Как считали голоса</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Блокировки</translation>
    </message>
    <message>
        <source>Support by stakeholder group</source>
        <translation>Поддержка по группам заинтересованных сторон</translation>
    </message>
    <message>
        <source>Groups not shown</source>
        <translation>Неотображаемые группы</translation>
    </message>
    <message>
        <source>A group with fewer than 3 voters is not shown, so nobody&apos;s vote can be deduced; when the hidden groups hold fewer than 3 voters between them, the next smallest group is hidden too.</source>
        <translation>Группа, в которой меньше 3 голосовавших, не показывается, чтобы ничей голос нельзя было вычислить; если во всех скрытых группах вместе меньше 3 голосовавших, скрывается и следующая по величине группа.</translation>
    </message>
    <message>
        <source>Blocked by at least one person: %1</source>
        <translation>Заблокировано хотя бы одним участником: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support by stakeholder group&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Поддержка по группам заинтересованных сторон&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>%1: fewer than 3 voters, not shown</source>
        <translation>%1: меньше 3 голосовавших, не показано</translation>
    </message>
    <message>
        <source>Each person places a budget of dots; several on one item shows strong support.</source>
        <translation>У каждого есть запас точек; несколько точек на одном варианте означают сильную поддержку.</translation>
    </message>
    <message>
        <source>Each person marks every item they can support.</source>
        <translation>Каждый отмечает все варианты, которые может поддержать.</translation>
    </message>
    <message>
        <source>Each person puts the items in order; reports Borda points and the Schulze order.</source>
        <translation>Каждый расставляет варианты по порядку; показываются баллы Борда и порядок Шульце.</translation>
    </message>
    <message>
        <source>Each person gives every item a level from 0 Block to 5 Full support.</source>
        <translation>Каждый даёт каждому варианту уровень от 0 («Блокирую») до 5 («Полностью поддерживаю»).</translation>
    </message>
    <message>
        <source>Each person grades every item from Excellent to Reject; the best middle grade wins.</source>
        <translation>Каждый оценивает каждый вариант от «Отлично» до «Отклонить»; побеждает лучшая медианная оценка.</translation>
    </message>
    <message>
        <source>mean dots per voter</source>
        <translation>в среднем точек на голосовавшего</translation>
    </message>
    <message>
        <source>share of the group&apos;s voters approving</source>
        <translation>доля одобривших среди голосовавших в группе</translation>
    </message>
    <message>
        <source>mean Borda points per voter</source>
        <translation>в среднем баллов Борда на голосовавшего</translation>
    </message>
    <message>
        <source>mean agreement level (0–5)</source>
        <translation>средний уровень согласия (0–5)</translation>
    </message>
    <message>
        <source>the group&apos;s majority grade</source>
        <translation>оценка большинства в группе</translation>
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
        <source>%n session(s) added</source>
        <translation>
            <numerusform>добавлено %n заседание</numerusform>
            <numerusform>добавлено %n заседания</numerusform>
            <numerusform>добавлено %n заседаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) updated</source>
        <translation>
            <numerusform>обновлено %n заседание</numerusform>
            <numerusform>обновлено %n заседания</numerusform>
            <numerusform>обновлено %n заседаний</numerusform>
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
    <message numerus="yes">
        <source>… and %n more pairs; merge these first</source>
        <translation>
            <numerusform>… и ещё %n пара; сначала объедините эти</numerusform>
            <numerusform>… и ещё %n пары; сначала объедините эти</numerusform>
            <numerusform>… и ещё %n пар; сначала объедините эти</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in a group (%n)</source>
        <translation>
            <numerusform>Вне групп (%n)</numerusform>
            <numerusform>Вне групп (%n)</numerusform>
            <numerusform>Вне групп (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n) — suggested, Enter accepts</source>
        <translation>
            <numerusform>%1 (%n) — предложена, Enter — принять</numerusform>
            <numerusform>%1 (%n) — предложена, Enter — принять</numerusform>
            <numerusform>%1 (%n) — предложена, Enter — принять</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grouping %n proposals…</source>
        <translation>
            <numerusform>Группируется %n предложение…</numerusform>
            <numerusform>Группируются %n предложения…</numerusform>
            <numerusform>Группируются %n предложений…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 present have voted</source>
        <translation>
            <numerusform>Проголосовал %n человек из %1 присутствующих</numerusform>
            <numerusform>Проголосовали %n человека из %1 присутствующих</numerusform>
            <numerusform>Проголосовали %n человек из %1 присутствующих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 on the roster have voted</source>
        <translation>
            <numerusform>Проголосовал %n человек из %1 по списку</numerusform>
            <numerusform>Проголосовали %n человека из %1 по списку</numerusform>
            <numerusform>Проголосовали %n человек из %1 по списку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots each</source>
        <translation>
            <numerusform>%n точка на человека</numerusform>
            <numerusform>%n точки на человека</numerusform>
            <numerusform>%n точек на человека</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rank up to %n items</source>
        <translation>
            <numerusform>ранжировать до %n варианта</numerusform>
            <numerusform>ранжировать до %n вариантов</numerusform>
            <numerusform>ранжировать до %n вариантов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at most on one item</source>
        <translation>
            <numerusform>не больше %n на один вариант</numerusform>
            <numerusform>не больше %n на один вариант</numerusform>
            <numerusform>не больше %n на один вариант</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items on the ballot</source>
        <translation>
            <numerusform>В бюллетене %n вариант</numerusform>
            <numerusform>В бюллетене %n варианта</numerusform>
            <numerusform>В бюллетене %n вариантов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For each item, count the hands at each level. %n people are present.</source>
        <translation>
            <numerusform>По каждому варианту посчитайте поднятые руки на каждом уровне. Присутствует %n человек.</numerusform>
            <numerusform>По каждому варианту посчитайте поднятые руки на каждом уровне. Присутствуют %n человека.</numerusform>
            <numerusform>По каждому варианту посчитайте поднятые руки на каждом уровне. Присутствуют %n человек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For each item, count the raised hands. %n people are present.</source>
        <translation>
            <numerusform>По каждому варианту посчитайте поднятые руки. Присутствует %n человек.</numerusform>
            <numerusform>По каждому варианту посчитайте поднятые руки. Присутствуют %n человека.</numerusform>
            <numerusform>По каждому варианту посчитайте поднятые руки. Присутствуют %n человек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every count fits the %n people present.</source>
        <translation>
            <numerusform>Все подсчёты согласуются с числом присутствующих: %n человек.</numerusform>
            <numerusform>Все подсчёты согласуются с числом присутствующих: %n человека.</numerusform>
            <numerusform>Все подсчёты согласуются с числом присутствующих: %n человек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reading %n contributions…</source>
        <translation>
            <numerusform>читается %n выступление…</numerusform>
            <numerusform>читаются %n выступления…</numerusform>
            <numerusform>читаются %n выступлений…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contri&amp;butions at this point (%n) — double-click quotes one</source>
        <translation>
            <numerusform>&amp;Выступления по пункту (%n) — двойной щелчок цитирует</numerusform>
            <numerusform>&amp;Выступления по пункту (%n) — двойной щелчок цитирует</numerusform>
            <numerusform>&amp;Выступления по пункту (%n) — двойной щелчок цитирует</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phones joined</source>
        <translation>
            <numerusform>%n телефон подключён</numerusform>
            <numerusform>%n телефона подключены</numerusform>
            <numerusform>%n телефонов подключено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n waiting</source>
        <translation>
            <numerusform>Входящие: %n ждёт</numerusform>
            <numerusform>Входящие: %n ждут</numerusform>
            <numerusform>Входящие: %n ждут</numerusform>
        </translation>
    </message>
</context>
</TS>
