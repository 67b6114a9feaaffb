<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Balance</name>
    <message>
        <source>Nobody on the roster yet.</source>
        <translation>与会者名单尚无人员。</translation>
    </message>
    <message>
        <source>speaking time</source>
        <translation>发言时间</translation>
    </message>
    <message>
        <source>share present</source>
        <translation>到场人数占比</translation>
    </message>
    <message>
        <source>bars 0–%1%</source>
        <translation>条形 0–%1%</translation>
    </message>
    <message>
        <source>Speaking balance</source>
        <translation>发言均衡</translation>
    </message>
    <message>
        <source>Show speaking balance by</source>
        <translation>发言均衡的分类方式</translation>
    </message>
    <message>
        <source>Speaking time by %1</source>
        <translation>按%1统计的发言时间</translation>
    </message>
    <message>
        <source>Speaking so far</source>
        <translation>目前的发言情况</translation>
    </message>
    <message>
        <source>Balance nudges</source>
        <translation>均衡提示</translation>
    </message>
    <message>
        <source>No session open.</source>
        <translation>未打开会议。</translation>
    </message>
    <message>
        <source>Speaking balance: no session open.</source>
        <translation>发言均衡：未打开会议。</translation>
    </message>
    <message>
        <source>Nobody has spoken yet.</source>
        <translation>尚无人发言。</translation>
    </message>
    <message>
        <source>Hints appear after %1 of speaking.</source>
        <translation>发言满 %1 后显示提示。</translation>
    </message>
    <message>
        <source>No group is far above or below its share of the room.</source>
        <translation>没有哪个群体的发言明显高于或低于其在场比例。</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>利益攸关方群体</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>stakeholder group</source>
        <translation>利益攸关方群体</translation>
    </message>
    <message>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>▲ over</source>
        <translation>▲偏高</translation>
    </message>
    <message>
        <source>▼ under</source>
        <translation>▼偏低</translation>
    </message>
    <message>
        <source>○ not heard yet</source>
        <translation>○ 尚未发言</translation>
    </message>
    <message>
        <source>%1; more than its share.</source>
        <translation>%1；高于其应占份额。</translation>
    </message>
    <message>
        <source>%1; less than its share.</source>
        <translation>%1；低于其应占份额。</translation>
    </message>
    <message>
        <source>%1; not heard yet.</source>
        <translation>%1；尚未发言。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>no turns</source>
        <translation>无发言</translation>
    </message>
    <message>
        <source>%1% of time · nobody present</source>
        <translation>占用时间 %1% · 无人到场</translation>
    </message>
    <message>
        <source>%1% of time · %2% of people present</source>
        <translation>占用时间 %1% · 占到场人数 %2%</translation>
    </message>
    <message>
        <source>%1% of time · %2% of the roster</source>
        <translation>占用时间 %1% · 占名单人数 %2%</translation>
    </message>
    <message>
        <source>%1: %2% of speaking time (%3, %4), %5, %6% of people present</source>
        <translation>%1：占发言时间 %2%（%3，%4），%5，占到场人数 %6%</translation>
    </message>
    <message>
        <source>%1: %2% of speaking time (%3, %4), %5, %6% of the roster</source>
        <translation>%1：占发言时间 %2%（%3，%4），%5，占名单人数 %6%</translation>
    </message>
    <message>
        <source>Speaking balance by %1, this point: %2 of speaking in %3; %4.</source>
        <translation>按%1统计的发言均衡（本项目）：%3，共 %2；%4。</translation>
    </message>
    <message>
        <source>Speaking balance by %1, all points: %2 of speaking in %3; %4.</source>
        <translation>按%1统计的发言均衡（所有项目）：%3，共 %2；%4。</translation>
    </message>
    <message>
        <source>Nudges: %1.</source>
        <translation>提示：%1。</translation>
    </message>
    <message>
        <source>This point</source>
        <translation>本项目</translation>
    </message>
    <message>
        <source>All points</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <source>%1: %2 in %3 · %4</source>
        <translation>%1：%3，共 %2 · %4</translation>
    </message>
</context>
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
    <name>Console</name>
    <message>
        <source>&amp;Jump to Point…</source>
        <translation>转到项目(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Edit Point…</source>
        <translation>编辑项目(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Add Point…</source>
        <translation>添加项目(&amp;A)…</translation>
    </message>
    <message>
        <source>Agenda — Enter jumps, Alt+↑/↓ moves</source>
        <translation>议程——Enter 转到，Alt+↑/↓ 移动</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>未命名会议</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>未注明发言者</translation>
    </message>
    <message>
        <source>Kind: Comment</source>
        <translation>类型：意见</translation>
    </message>
    <message>
        <source>Kind: Question</source>
        <translation>类型：问题</translation>
    </message>
    <message>
        <source>Kind: Proposal</source>
        <translation>类型：提案</translation>
    </message>
    <message>
        <source>Kind: Concern</source>
        <translation>类型：关切</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>关切</translation>
    </message>
    <message>
        <source>select a contribution in the list first</source>
        <translation>请先在列表中选择一条发言。</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>记录(&amp;C)</translation>
    </message>
    <message>
        <source>Choose &amp;Speaker</source>
        <translation>选择发言者(&amp;S)</translation>
    </message>
    <message>
        <source>Mark / Unmark &amp;Proposal</source>
        <translation>标记/取消标记为提案(&amp;P)</translation>
    </message>
    <message>
        <source>Mark / Unmark P&amp;rivate</source>
        <translation>标记/取消标记为内部(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete Contribution</source>
        <translation>删除发言(&amp;D)</translation>
    </message>
    <message>
        <source>Capture status</source>
        <translation>记录状态</translation>
    </message>
    <message>
        <source>Co&amp;ntributions — newest first; F2 edits, Ctrl+M proposal, Ctrl+P private, Delete</source>
        <translation>发言(&amp;N)——最新的在前；F2 编辑，Ctrl+M 提案，Ctrl+P 内部，Delete 删除</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Wh&amp;o:</source>
        <translation>发言者(&amp;O)：</translation>
    </message>
    <message>
        <source>Contributions at this point, newest first</source>
        <translation>本项目下的发言，最新的在前</translation>
    </message>
    <message>
        <source>start a point first (F6); contributions belong to a point</source>
        <translation>请先开始一个项目（F6）；每条发言都属于某个项目。</translation>
    </message>
    <message>
        <source>Saved: %1 by %2</source>
        <translation>已保存：%2 的%1</translation>
    </message>
    <message>
        <source>Private: kept in the file, never on the shared screen or in an export</source>
        <translation>内部：保存在文件中，绝不显示在会场屏幕上，也不会导出</translation>
    </message>
    <message>
        <source>No longer private: it goes into exports again</source>
        <translation>已取消内部标记：将重新纳入导出内容</translation>
    </message>
    <message>
        <source>&amp;Start / Pause Point</source>
        <translation>开始/暂停项目(&amp;S)</translation>
    </message>
    <message>
        <source>En&amp;d Point</source>
        <translation>结束项目(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next Point</source>
        <translation>下一项目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Point</source>
        <translation>上一项目(&amp;P)</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>当前问题</translation>
    </message>
    <message>
        <source>Prompt notes</source>
        <translation>主持提示</translation>
    </message>
    <message>
        <source>No point started yet. Select one in the agenda and press Enter, or press F6.</source>
        <translation>尚未开始任何项目。请在议程中选择一项并按 Enter，或按 F6。</translation>
    </message>
    <message>
        <source>Point %1 of %2 · %3 min time-box</source>
        <translation>第 %1 项，共 %2 项 · 时限 %3 分钟</translation>
    </message>
    <message>
        <source>Point %1 of %2 · %3 min time-box · done</source>
        <translation>第 %1 项，共 %2 项 · 时限 %3 分钟 · 已结束</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>议程(&amp;A)</translation>
    </message>
    <message>
        <source>Par&amp;ticipants</source>
        <translation>与会者(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>与会者(&amp;P)</translation>
    </message>
    <message>
        <source>Add &amp;Late Arrival…</source>
        <translation>添加迟到者(&amp;L)…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>与会者</translation>
    </message>
    <message>
        <source>Someone arriving? Type a name, Enter</source>
        <translation>有人到场？输入姓名后按 Enter</translation>
    </message>
    <message>
        <source>Add a late arrival</source>
        <translation>添加迟到者</translation>
    </message>
    <message>
        <source>Participants — Space checks in, Enter edits</source>
        <translation>与会者——空格键登记到场，Enter 编辑</translation>
    </message>
    <message>
        <source>&amp;Add Speaker…</source>
        <translation>添加发言者(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Next Speaker</source>
        <translation>下一位发言者(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;End Turn</source>
        <translation>结束发言(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Withdraw Selected</source>
        <translation>撤下所选发言者(&amp;W)</translation>
    </message>
    <message>
        <source>Add to queue: type a name, Enter</source>
        <translation>加入发言名单：输入姓名后按 Enter</translation>
    </message>
    <message>
        <source>Add a speaker to the queue</source>
        <translation>将发言者加入发言名单</translation>
    </message>
    <message>
        <source>Next speaker (F8)</source>
        <translation>下一位发言者（F8）</translation>
    </message>
    <message>
        <source>End turn (F9)</source>
        <translation>结束发言（F9）</translation>
    </message>
    <message>
        <source>Spea&amp;king queue</source>
        <translation>发言名单(&amp;K)</translation>
    </message>
    <message>
        <source>start a point first (F6), then take names for its queue</source>
        <translation>请先开始一个项目（F6），再登记发言者。</translation>
    </message>
    <message>
        <source>nobody has the floor</source>
        <translation>目前无人发言。</translation>
    </message>
    <message>
        <source>select a waiting speaker in the queue to withdraw</source>
        <translation>请在发言名单中选择要撤下的候发言者。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Edit point</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <source>New point</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>Point text</source>
        <translation>项目内容</translation>
    </message>
    <message>
        <source>Prompt notes for the facilitator</source>
        <translation>供协调人参考的提示</translation>
    </message>
    <message>
        <source>Time-box in minutes</source>
        <translation>时限（分钟）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Notes (never on the shared screen):</source>
        <translation>备注（不在会场屏幕上显示）(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Time-box:</source>
        <translation>时限(&amp;T)：</translation>
    </message>
    <message>
        <source>Session settings</source>
        <translation>会议设置</translation>
    </message>
    <message>
        <source>&amp;Chatham House Rule: no names on the shared screen or in exports</source>
        <translation>查塔姆研究所规则：会场屏幕和导出内容中不显示姓名(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>协调人(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Rapporteur:</source>
        <translation>报告员(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Default time-box:</source>
        <translation>默认时限(&amp;D)：</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>需更正之处</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <source>Leave unticked to take the time the first point started</source>
        <translation>不勾选则采用第一个项目开始的时间</translation>
    </message>
    <message>
        <source>When the breakout starts, in its time zone</source>
        <translation>分组会议开始时间（按其所在时区）</translation>
    </message>
    <message>
        <source>Time zone of the breakout</source>
        <translation>分组会议所在时区</translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <translation>本计算机所在时区（%1）</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>利益攸关方群体(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>性别(&amp;E)：</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>与会者</translation>
    </message>
    <message>
        <source>&amp;May be named in the report</source>
        <translation>可在报告中具名(&amp;M)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <source>Report lan&amp;guage:</source>
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
    <name>FileFlows</name>
    <message>
        <source>&amp;Not Now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会议</translation>
    </message>
    <message>
        <source>Breakout sessions (*.breakout);;All files (*)</source>
        <translation>Breakout 会议 (*.breakout);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Briefing notes (*.txt *.md *.markdown);;All files (*)</source>
        <translation>情况说明 (*.txt *.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the new session as</source>
        <translation>新会议另存为</translation>
    </message>
    <message>
        <source>Breakout sessions (*.breakout)</source>
        <translation>Breakout 会议 (*.breakout)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>Everything is saved in %1</source>
        <translation>所有内容已保存到 %1</translation>
    </message>
    <message>
        <source>Copy saved as %1; you are still working in %2</source>
        <translation>副本已保存为 %1；您仍在 %2 中工作</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入与会者名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Roster imported: %1, %2</source>
        <translation>与会者名单已导入：%1，%2</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>关切</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Breakout</source>
        <translation>Breakout</translation>
    </message>
    <message>
        <source>Open a session (Ctrl+O), or make one from a briefing note (Ctrl+N).</source>
        <translation>打开会议（Ctrl+O），或根据情况说明新建会议（Ctrl+N）。</translation>
    </message>
    <message>
        <source>%1 — Breakout</source>
        <translation>%1 — Breakout</translation>
    </message>
    <message>
        <source>&amp;Run the session</source>
        <translation>会议进程(&amp;R)</translation>
    </message>
    <message>
        <source>Recommen&amp;dations</source>
        <translation>建议(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Vote</source>
        <translation>表决(&amp;V)</translation>
    </message>
    <message>
        <source>Outco&amp;me</source>
        <translation>成果(&amp;M)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>保存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;New from Briefing…</source>
        <translation>根据情况说明新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>导入与会者名单(&amp;I)…</translation>
    </message>
    <message>
        <source>Session &amp;Settings…</source>
        <translation>会议设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Shared Screen</source>
        <translation>会场屏幕(&amp;S)</translation>
    </message>
    <message>
        <source>Shared Screen &amp;Light/Dark</source>
        <translation>会场屏幕浅色/深色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Run the Session</source>
        <translation>会议进程(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>成果(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>发言名单(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>记录(&amp;C)</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>与会者(&amp;L)</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>视图(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>speaking %1</source>
        <translation>发言中 %1</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Time-box</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Point %1: %2, %3 minutes</source>
        <translation>第 %1 项：%2，%3 分钟</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群体</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Private (Ctrl+P): kept in the file, never on the shared screen or in an export.</source>
        <translation>内部（Ctrl+P）：保存在文件中，绝不显示在会场屏幕上，也不会导出。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>%1 · private</source>
        <translation>%1 · 内部</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%2 的%1：%3</translation>
    </message>
    <message>
        <source>%1 (private) by %2: %3</source>
        <translation>%2 的%1（内部）：%3</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>present</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>未登记到场</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Time left on this point</source>
        <translation>本项目剩余时间</translation>
    </message>
    <message>
        <source>No point running</source>
        <translation>当前没有进行中的项目</translation>
    </message>
    <message>
        <source>Clock state</source>
        <translation>计时状态</translation>
    </message>
    <message>
        <source>Session clock</source>
        <translation>会议计时</translation>
    </message>
    <message>
        <source>Share of the time-box used</source>
        <translation>时限已用比例</translation>
    </message>
    <message>
        <source>No point started — F6 starts the first</source>
        <translation>尚未开始任何项目——按 F6 开始第一项</translation>
    </message>
    <message>
        <source>%1 (paused — F6 resumes)</source>
        <translation>%1（已暂停——按 F6 继续）</translation>
    </message>
    <message>
        <source>%1 (F6 starts)</source>
        <translation>%1（按 F6 开始）</translation>
    </message>
    <message>
        <source>Agenda %1 of %2 · %3 over</source>
        <translation>议程 %1 / %2 · 超时 %3</translation>
    </message>
    <message>
        <source>Agenda %1 of %2 · %3 left</source>
        <translation>议程 %1 / %2 · 剩余 %3</translation>
    </message>
    <message>
        <source>Contribution text</source>
        <translation>发言内容</translation>
    </message>
    <message>
        <source>Type what is said — Enter saves, Shift+Enter for a new line, Ctrl+1…4 sets the kind</source>
        <translation>输入发言内容——Enter 保存，Shift+Enter 换行，Ctrl+1…4 设置类型</translation>
    </message>
    <message>
        <source>Speaking queue</source>
        <translation>发言名单</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>As the console</source>
        <translation>与控制台相同</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The console&apos;s language applies when Breakout next starts; the room&apos;s screen changes at once, the kiosk from the next round it opens.</source>
        <translation>控制台语言在 Breakout 下次启动时生效；会场屏幕立即更改，投票终端从其下一轮表决起更改。</translation>
    </message>
    <message>
        <source>&amp;Console language:</source>
        <translation>控制台语言(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Room&apos;s screen:</source>
        <translation>会场屏幕(&amp;R)：</translation>
    </message>
    <message>
        <source>Room&apos;s screen, &amp;second language:</source>
        <translation>会场屏幕第二语言(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Kiosk:</source>
        <translation>投票终端(&amp;K)：</translation>
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
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min planned</source>
        <translation>
            <numerusform>计划 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n 名与会者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contributions</source>
        <translation>
            <numerusform>%n 条发言</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n 项建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points on the agenda</source>
        <translation>
            <numerusform>议程共 %n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checked in</source>
        <translation>
            <numerusform>已登记到场：%1/%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>新增 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turns</source>
        <translation>
            <numerusform>%n 次发言</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>到场 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nobody checked in yet, so shares are of the %n on the roster</source>
        <translation>
            <numerusform>尚无人登记到场，因此按名单上的 %n 人计算比例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %3.
Nobody checked in yet: shares are of the %n on the roster.</source>
        <translation>
            <numerusform>%1：%3，共 %2。
尚无人登记到场：按名单上的 %n 人计算比例。</numerusform>
        </translation>
    </message>
</context>
</TS>
