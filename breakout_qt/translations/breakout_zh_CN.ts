<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Ballot</name>
    <message>
        <source>Item</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>One dot fewer for %1</source>
        <translation>“%1”减少一个圆点</translation>
    </message>
    <message>
        <source>Dots on %1</source>
        <translation>“%1”上的圆点</translation>
    </message>
    <message>
        <source>One dot more for %1</source>
        <translation>“%1”增加一个圆点</translation>
    </message>
    <message>
        <source>All your dots are placed; take one back with − to move it.</source>
        <translation>您的圆点已全部放置；如需移动，请先用 − 收回一个。</translation>
    </message>
    <message>
        <source>This item has no dots to take back.</source>
        <translation>此选项上没有可收回的圆点。</translation>
    </message>
    <message>
        <source>not available now</source>
        <translation>暂不可用</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>“%2”：%1</translation>
    </message>
    <message>
        <source>Tap every item you can support</source>
        <translation>点选您能支持的每个选项</translation>
    </message>
    <message>
        <source>Tap items in your order of preference; tap again to remove</source>
        <translation>请按您的偏好顺序点选选项；再点一次可取消</translation>
    </message>
    <message>
        <source>Give every item a level, from 0 %1 to 5 %2</source>
        <translation>为每个选项选择一个等级，从 0“%1”到 5“%2”</translation>
    </message>
    <message>
        <source>Give every item a grade, from %1 to %2</source>
        <translation>为每个选项评定等级，从“%1”到“%2”</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Page 1: the outcome (&amp;key messages, top recommendations)</source>
        <translation>第 1 页：成果（关键信息、主要建议）(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>背景(&amp;B)</translation>
    </message>
    <message>
        <source>Discussion by poin&amp;t</source>
        <translation>按项目分列的讨论(&amp;T)</translation>
    </message>
    <message>
        <source>Voting and &amp;recommendations</source>
        <translation>表决和建议(&amp;R)</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps</source>
        <translation>后续步骤(&amp;X)</translation>
    </message>
    <message>
        <source>Annex: a&amp;genda and time used</source>
        <translation>附件：议程和所用时间(&amp;G)</translation>
    </message>
    <message>
        <source>Annex: partici&amp;pation charts</source>
        <translation>附件：参与情况图表(&amp;P)</translation>
    </message>
    <message>
        <source>Annex: part&amp;icipants (those who agreed to be named)</source>
        <translation>附件：与会者（同意列出姓名者）(&amp;I)</translation>
    </message>
    <message>
        <source>Annex: every contribution (appen&amp;dix)</source>
        <translation>附件：全部发言(&amp;D)</translation>
    </message>
    <message>
        <source>Di&amp;sclaimer</source>
        <translation>免责声明(&amp;S)</translation>
    </message>
    <message>
        <source>PD&amp;F report</source>
        <translation>PDF 报告(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Word document (.docx)</source>
        <translation>Word 文档 (.docx)(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Markdown text</source>
        <translation>Markdown 文本(&amp;M)</translation>
    </message>
    <message>
        <source>CSV fi&amp;les (a folder)</source>
        <translation>CSV 文件（一个文件夹）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;JSON (interchange format)</source>
        <translation>JSON（交换格式）(&amp;J)</translation>
    </message>
    <message>
        <source>the export failed (%1); no file was written — please report this problem</source>
        <translation>导出失败（%1）；未写入任何文件 — 请报告此问题</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>另存为：</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&amp;Named: speakers who agreed to be named appear</source>
        <translation>记名：列出同意列出姓名的发言者(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Anonymous: no name or attribution anywhere</source>
        <translation>匿名：不列姓名，不注明出处(&amp;A)</translation>
    </message>
    <message>
        <source>This session runs under the Chatham House Rule</source>
        <translation>本次会议按照查塔姆研究所规则举行</translation>
    </message>
    <message>
        <source>Incl&amp;ude the facilitator&apos;s notes (named report only)</source>
        <translation>包括主持人笔记（仅限记名报告）(&amp;U)</translation>
    </message>
    <message>
        <source>Names of people who did not agree to be named are withheld</source>
        <translation>不列出未同意列出姓名者的姓名</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>报告语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>The report&apos;s headings, labels and sentences; what people wrote stays as written. CSV and JSON keep their English field names.</source>
        <translation>报告的标题、标签和语句；与会者所写内容保持原样。CSV 和 JSON 保留英文字段名。</translation>
    </message>
    <message>
        <source>&amp;Open it when it is ready</source>
        <translation>完成后打开(&amp;O)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>导出状态</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open the folder when it is ready</source>
        <translation>完成后打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>The folder %1 exists; its CSV files will be replaced.</source>
        <translation>文件夹 %1 已存在；其中的 CSV 文件将被替换。</translation>
    </message>
    <message>
        <source>%1 exists; exporting replaces it.</source>
        <translation>%1 已存在；导出将替换该文件。</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>CSV 文件的文件夹</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>导出为 %1</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>请至少选择一个章节。</translation>
    </message>
    <message>
        <source>%1 is the session file; choose another name.</source>
        <translation>%1 是会议文件；请另选名称。</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>正在排版报告…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>Saved. No program to open it was found; the folder is %1</source>
        <translation>已保存。未找到可打开它的程序；文件夹为 %1</translation>
    </message>
    <message>
        <source>Saved. No program to open it was found; the file is %1</source>
        <translation>已保存。未找到可打开它的程序；文件为 %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>the export stopped unexpectedly; no file was written — try again</source>
        <translation>导出意外停止；未写入任何文件 — 请重试</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation>导出失败；未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown 文本</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>CSV files (a folder)</source>
        <translation>CSV 文件（一个文件夹）</translation>
    </message>
    <message>
        <source>Folders (*)</source>
        <translation>文件夹 (*)</translation>
    </message>
    <message>
        <source>JSON (interchange format)</source>
        <translation>JSON（交换格式）</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>How to vote</source>
        <translation>投票方式</translation>
    </message>
    <message>
        <source>Your ballot so far</source>
        <translation>您目前的选票</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Back to the start; nothing is stored</source>
        <translation>返回开始；不保存任何内容</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Review my vote</source>
        <translation>检查我的投票</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>您的投票码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>投票码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>That code is not known. Check the code on your card and try again.</source>
        <translation>无法识别此投票码。请核对卡片上的投票码后重试。</translation>
    </message>
    <message>
        <source>This code has already voted in this round. Each person votes once.</source>
        <translation>此投票码已在本轮投过票。每人只能投票一次。</translation>
    </message>
    <message>
        <source>You have already voted in this round. Each person votes once.</source>
        <translation>您已在本轮投过票。每人只能投票一次。</translation>
    </message>
    <message>
        <source>Type the code from your card first.</source>
        <translation>请先输入卡片上的投票码。</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>操作说明</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Search names</source>
        <translation>搜索姓名</translation>
    </message>
    <message>
        <source>Type to find your name</source>
        <translation>输入以查找您的姓名</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Voting has not opened yet</source>
        <translation>投票尚未开始</translation>
    </message>
    <message>
        <source>Voting has closed</source>
        <translation>投票已结束</translation>
    </message>
    <message>
        <source>Type the code from your card</source>
        <translation>请输入卡片上的投票码</translation>
    </message>
    <message>
        <source>Your code lets you vote once. Your ballot is stored without your name.</source>
        <translation>投票码只能使用一次。您的选票不会与您的姓名一起保存。</translation>
    </message>
    <message>
        <source>Your code lets you vote once. No name is shown on this screen.</source>
        <translation>投票码只能使用一次。此屏幕不显示任何姓名。</translation>
    </message>
    <message>
        <source>Tap your name to vote</source>
        <translation>点选您的姓名开始投票</translation>
    </message>
    <message>
        <source>Not on the list? Ask the facilitator to check you in.</source>
        <translation>名单上没有您？请主持人为您签到。</translation>
    </message>
    <message>
        <source>Vote as %1</source>
        <translation>以 %1 的身份投票</translation>
    </message>
    <message>
        <source>Everyone checked in has voted</source>
        <translation>所有已签到者均已投票</translation>
    </message>
    <message>
        <source>Several names match; type more of yours, or tap it.</source>
        <translation>有多个姓名匹配；请多输入几个字，或直接点选您的姓名。</translation>
    </message>
    <message>
        <source>Voting kiosk</source>
        <translation>投票终端</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>%1  ·  %2, secret ballot</source>
        <translation>%1  ·  %2，无记名投票</translation>
    </message>
    <message>
        <source>%1  ·  %2, named vote</source>
        <translation>%1  ·  %2，记名投票</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Thank you — your vote is in</source>
        <translation>谢谢——您的投票已记录</translation>
    </message>
    <message>
        <source>Check your vote</source>
        <translation>检查您的投票</translation>
    </message>
    <message>
        <source>Check your vote, then confirm</source>
        <translation>请检查您的投票，然后确认</translation>
    </message>
    <message>
        <source>Change my vote</source>
        <translation>修改投票</translation>
    </message>
    <message>
        <source>Confirm my vote</source>
        <translation>确认投票</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>您的选择</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>谢谢</translation>
    </message>
    <message>
        <source>Breakout — voting kiosk</source>
        <translation>Breakout — 投票终端</translation>
    </message>
    <message>
        <source>Voting kiosk window</source>
        <translation>投票终端窗口</translation>
    </message>
    <message>
        <source>The ballot is empty; choose at least one item.</source>
        <translation>选票为空；请至少选择一个选项。</translation>
    </message>
    <message>
        <source>Give every item a level on the agreement scale.</source>
        <translation>请在认同度量表上为每个选项选择等级。</translation>
    </message>
    <message>
        <source>Give every item a grade.</source>
        <translation>请为每个选项评定等级。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>As the Console</source>
        <translation>与控制台相同</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Room&apos;s Screen</source>
        <translation>会场屏幕(&amp;R)</translation>
    </message>
    <message>
        <source>Room&apos;s Screen, &amp;Second Language</source>
        <translation>会场屏幕第二语言(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation>投票终端(&amp;K)</translation>
    </message>
    <message>
        <source>Breakout speaks %1 from its next start.</source>
        <translation>Breakout 下次启动时将使用 %1。</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>Breakout — shared screen</source>
        <translation>Breakout — 会场屏幕</translation>
    </message>
    <message>
        <source>Shared screen</source>
        <translation>会场屏幕</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>会议标题</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Time left in words</source>
        <translation>剩余时间（文字）</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>正在发言</translation>
    </message>
    <message>
        <source>Next speakers</source>
        <translation>下一位发言者</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>实时画面</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>即将开始</translation>
    </message>
    <message>
        <source>Vote at the kiosk with the code on your card</source>
        <translation>请在投票终端使用卡片上的投票码投票</translation>
    </message>
    <message>
        <source>Vote at the kiosk: tap your name there</source>
        <translation>请在投票终端点选您的姓名投票</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>nearly up</source>
        <translation>即将用完</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>已用 %1%</translation>
    </message>
    <message>
        <source>Voting under way</source>
        <translation>投票进行中</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>How many have voted</source>
        <translation>已投票人数</translation>
    </message>
    <message>
        <source>Where to vote</source>
        <translation>投票地点</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>投票率</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>计票方式</translation>
    </message>
    <message>
        <source>Results · %1</source>
        <translation>结果 · %1</translation>
    </message>
    <message>
        <source>Blocked by at least one person: %1</source>
        <translation>至少有一人否决：%1</translation>
    </message>
    <message>
        <source>Point %1 of %2</source>
        <translation>第 %1 项议题，共 %2 项</translation>
    </message>
    <message>
        <source>1 min %1</source>
        <translation>1 分钟 %1</translation>
    </message>
    <message>
        <source>Point closed</source>
        <translation>本议题已结束</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>时间到</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <translation>%1 · 已暂停</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>发言者 %1</translation>
    </message>
    <message>
        <source>Speaking: %1</source>
        <translation>正在发言：%1</translation>
    </message>
    <message>
        <source>Raise your hand to speak</source>
        <translation>请举手发言</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>接下来：%1</translation>
    </message>
    <message>
        <source>Voting has not opened yet</source>
        <translation>投票尚未开始</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Dot voting</source>
        <translation>圆点投票</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>认可投票</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排序投票</translation>
    </message>
    <message>
        <source>Agreement scale</source>
        <translation>认同度量表</translation>
    </message>
    <message>
        <source>Majority judgment</source>
        <translation>多数评判</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>Serious concerns</source>
        <translation>严重顾虑</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>有顾虑</translation>
    </message>
    <message>
        <source>Can live with it</source>
        <translation>可以接受</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Full support</source>
        <translation>完全支持</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>很好</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message numerus="yes">
        <source>%1 of %n supported</source>
        <translation>
            <numerusform>已支持 %1 / %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n dots on one item.</source>
        <translation>
            <numerusform>每个选项最多 %n 个圆点。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dots left</source>
        <translation>
            <numerusform>剩余 %1 / %n 个圆点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items have a grade</source>
        <translation>
            <numerusform>已评定 %1 / %n 个选项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can rank up to %n items; tap one to take it back.</source>
        <translation>
            <numerusform>最多可排序 %n 个选项；点选其中一个可将其取消。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ranked</source>
        <translation>
            <numerusform>已排序 %1 / %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items have a level</source>
        <translation>
            <numerusform>已选等级 %1 / %n 个选项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (a place in a ranking)</source>
        <translation>
            <numerusform>第 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place up to %n dots, at most %1 on one item</source>
        <translation>
            <numerusform>最多放置 %n 个圆点，每个选项最多 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tap items in your order of preference (up to %n); tap again to remove</source>
        <translation>
            <numerusform>请按您的偏好顺序点选选项（最多 %n 个）；再点一次可取消</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots</source>
        <translation>
            <numerusform>%n 个圆点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n dots not used)</source>
        <translation>
            <numerusform>（%n 个圆点未使用）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You support %n of %1 items.</source>
        <translation>
            <numerusform>您支持 %1 个选项中的 %n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>（另有 %n 人）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting has closed: %n of %1 voted</source>
        <translation>
            <numerusform>投票已结束：%1 人中 %n 人已投票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting has closed: %n voted</source>
        <translation>
            <numerusform>投票已结束：%n 人已投票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting: %n of %1 have voted</source>
        <translation>
            <numerusform>投票中：%1 人中已有 %n 人投票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting: %n have voted</source>
        <translation>
            <numerusform>投票中：已有 %n 人投票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n voted (%2 turnout)</source>
        <translation>
            <numerusform>%n 人中 %1 人投票（投票率 %2）</numerusform>
        </translation>
    </message>
</context>
</TS>
