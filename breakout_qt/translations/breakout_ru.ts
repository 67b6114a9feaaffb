<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <source>Report language:</source>
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
</context>
</TS>
