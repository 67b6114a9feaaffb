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
    <name>Board</name>
    <message>
        <source>&amp;Suggest groups (Ctrl+G)</source>
        <translation>建议分组(&amp;S) (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Accept all suggestions</source>
        <translation>全部接受(&amp;A)</translation>
    </message>
    <message>
        <source>Grouping status</source>
        <translation>分组状态</translation>
    </message>
    <message>
        <source>Recommendations by group</source>
        <translation>按组排列的建议</translation>
    </message>
    <message>
        <source>Choose a group to word its recommendation</source>
        <translation>请选择一个组，为其撰写建议</translation>
    </message>
    <message>
        <source>The group&apos;s consolidated recommendation</source>
        <translation>该组的综合建议</translation>
    </message>
    <message>
        <source>Write the recommendation this group puts to the vote. Ctrl+Enter saves.</source>
        <translation>撰写该组提交表决的建议。按 Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <source>Save w&amp;ording (Ctrl+Enter)</source>
        <translation>保存措辞(&amp;O) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Possible duplicates: Enter merges the pair</source>
        <translation>可能的重复项：按 Enter 合并该对</translation>
    </message>
    <message>
        <source>Enter accepts a suggested group · Delete dissolves a group or withdraws a proposal · F2 renames or rewords · Ctrl+Shift+M moves the selection to a group · Ctrl+Shift+J merges this group into another · Ctrl+Shift+K splits the selection off · Ctrl+Shift+D merges selected proposals as duplicates · Alt+↑/↓ reorders</source>
        <translation>Enter 接受建议的分组 · Delete 解散分组或撤回提案 · F2 重命名或改写 · Ctrl+Shift+M 将所选内容移入某组 · Ctrl+Shift+J 将此组并入另一组 · Ctrl+Shift+K 拆分出所选内容 · Ctrl+Shift+D 将所选提案作为重复项合并 · Alt+↑/↓ 调整顺序</translation>
    </message>
    <message>
        <source>Possible d&amp;uplicates — Enter merges</source>
        <translation>可能的重复项(&amp;U) — 按 Enter 合并</translation>
    </message>
    <message>
        <source>Suggest Groups</source>
        <translation>建议分组</translation>
    </message>
    <message>
        <source>Move to Group…</source>
        <translation>移至分组…</translation>
    </message>
    <message>
        <source>Merge Group Into…</source>
        <translation>将分组并入…</translation>
    </message>
    <message>
        <source>Split Selection Off</source>
        <translation>拆分所选内容</translation>
    </message>
    <message>
        <source>Merge Selected as Duplicates</source>
        <translation>将所选内容作为重复项合并</translation>
    </message>
    <message>
        <source>The group this wording was written for is gone, so it has not been saved:

%1

Discard it? (No keeps it: choose a group and press Ctrl+Enter to give it this wording.)</source>
        <translation>这段措辞所属的分组已不存在，因此未能保存：

%1

要放弃吗？（选“否”则保留：选择一个分组并按 Ctrl+Enter，即可将此措辞交给该组。）</translation>
    </message>
    <message>
        <source>Unsaved wording</source>
        <translation>未保存的措辞</translation>
    </message>
    <message>
        <source>Untitled group</source>
        <translation>未命名分组</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1（建议）</translation>
    </message>
    <message>
        <source>Not saved yet: the wording for “%1”</source>
        <translation>尚未保存：“%1”的措辞</translation>
    </message>
    <message>
        <source>Its group is gone, so this wording is not saved: Ctrl+Enter gives it to “%1”</source>
        <translation>其所属分组已不存在，此措辞未保存：按 Ctrl+Enter 将其交给“%1”</translation>
    </message>
    <message>
        <source>Its group is gone, so this wording is not saved: choose a group, then Ctrl+Enter gives it this wording</source>
        <translation>其所属分组已不存在，此措辞未保存：请选择一个分组，再按 Ctrl+Enter 将此措辞交给该组</translation>
    </message>
    <message>
        <source>%1
≈ %2  (%3 % alike)</source>
        <translation>%1
≈ %2（相似度 %3%）</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <source>select one or more proposals to move</source>
        <translation>请选择要移动的一项或多项提案</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>移至分组</translation>
    </message>
    <message>
        <source>select a group to merge</source>
        <translation>请选择要合并的分组</translation>
    </message>
    <message>
        <source>Merge this group into</source>
        <translation>将此分组并入</translation>
    </message>
    <message>
        <source>select proposals of one group to split them off</source>
        <translation>请选择同一分组中的提案以将其拆分出来</translation>
    </message>
    <message>
        <source>select two or more proposals that say the same thing</source>
        <translation>请选择两项或多项内容相同的提案</translation>
    </message>
    <message>
        <source>choose a group to give this wording to</source>
        <translation>请选择要使用此措辞的分组</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>From</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>By</source>
        <translation>提出者</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>议题 %1</translation>
    </message>
    <message>
        <source>worded</source>
        <translation>已撰写</translation>
    </message>
    <message>
        <source>No consolidated wording yet</source>
        <translation>尚无综合措辞</translation>
    </message>
    <message>
        <source>there are fewer than two proposals outside people&apos;s groups to group</source>
        <translation>人工分组以外的提案不足两项，无法分组</translation>
    </message>
    <message>
        <source>Reading the proposals…</source>
        <translation>正在读取提案…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Suggest groups</source>
        <translation>建议分组</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>tie</source>
        <translation>并列</translation>
    </message>
    <message>
        <source>Results chart</source>
        <translation>结果图表</translation>
    </message>
    <message>
        <source>%1 (tie). %2: %3</source>
        <translation>%1（并列）。%2：%3</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2：%3</translation>
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
    <message>
        <source>Report language:</source>
        <translation>报告语言(&amp;G)：</translation>
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
        <source>Sessions to combine</source>
        <translation>要合并的会议</translation>
    </message>
    <message>
        <source>Forum file: a new one, or one to add to</source>
        <translation>论坛文件：新建，或选择要添加到的现有文件</translation>
    </message>
    <message>
        <source>Breakout forums (*.breakout)</source>
        <translation>Breakout 论坛 (*.breakout)</translation>
    </message>
    <message>
        <source>Forum %1: %2, %3</source>
        <translation>论坛 %1：%2，%3</translation>
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
    <name>InboxBox</name>
    <message>
        <source>Sent from phones</source>
        <translation>手机发来的内容</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>驳回(&amp;D)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>未具名</translation>
    </message>
    <message>
        <source>Edit what was sent</source>
        <translation>编辑发来的内容</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
</context>
<context>
    <name>JoinCode</name>
    <message>
        <source>QR code of the address phones join at</source>
        <translation>手机加入地址的二维码</translation>
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
        <source>Com&amp;bine Sessions…</source>
        <translation>合并会议(&amp;B)…</translation>
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
        <source>&amp;Phone Participation…</source>
        <translation>手机参与(&amp;P)…</translation>
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
    <name>Outcome</name>
    <message>
        <source>Points, and the whole session</source>
        <translation>各项议题及整场会议</translation>
    </message>
    <message>
        <source>Poin&amp;ts</source>
        <translation>议题(&amp;T)</translation>
    </message>
    <message>
        <source>Everything here saves as you type; Edit ▸ Undo takes it back.</source>
        <translation>此处内容随输入自动保存；“编辑 ▸ 撤销”可以还原。</translation>
    </message>
    <message>
        <source>The point</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Key messages of this point, one a line</source>
        <translation>本议题的要点，每行一条</translation>
    </message>
    <message>
        <source>The few things this point concluded, one a line.</source>
        <translation>本议题得出的几点结论，每行一条。</translation>
    </message>
    <message>
        <source>Summary of this point&apos;s discussion</source>
        <translation>本议题讨论摘要</translation>
    </message>
    <message>
        <source>A short narrative of the discussion: who raised what, where views met or parted.</source>
        <translation>简述讨论情况：谁提出了什么，哪些观点一致、哪些存在分歧。</translation>
    </message>
    <message>
        <source>Su&amp;ggest drafts</source>
        <translation>建议草稿(&amp;G)</translation>
    </message>
    <message>
        <source>Offer this point&apos;s most representative contributions as draft key messages</source>
        <translation>将本议题最具代表性的发言作为要点草稿提供</translation>
    </message>
    <message>
        <source>Drafts status</source>
        <translation>草稿状态</translation>
    </message>
    <message>
        <source>&amp;Key messages — one a line</source>
        <translation>要点(&amp;K) — 每行一条</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>摘要(&amp;U)</translation>
    </message>
    <message>
        <source>Key messages of the whole session, one a line</source>
        <translation>整场会议的要点，每行一条</translation>
    </message>
    <message>
        <source>What the session as a whole concluded, one message a line.</source>
        <translation>整场会议得出的结论，每行一条。</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <source>Who does what next, and by when.</source>
        <translation>接下来由谁做什么、何时完成。</translation>
    </message>
    <message>
        <source>To whom the recommendations are addressed</source>
        <translation>建议的对象</translation>
    </message>
    <message>
        <source>Governments, the secretariat, city networks…</source>
        <translation>各国政府、秘书处、城市网络……</translation>
    </message>
    <message>
        <source>Key messages written for each point, read only</source>
        <translation>为各议题撰写的要点（只读）</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>整场会议</translation>
    </message>
    <message>
        <source>&amp;Key messages of the whole session — one a line</source>
        <translation>整场会议的要点(&amp;K) — 每行一条</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>后续步骤(&amp;N)</translation>
    </message>
    <message>
        <source>T&amp;o whom the recommendations are addressed</source>
        <translation>建议的对象(&amp;O)</translation>
    </message>
    <message>
        <source>Key messages by point</source>
        <translation>各议题要点</translation>
    </message>
    <message>
        <source>Key messages, next steps, addressees</source>
        <translation>要点、后续步骤、建议对象</translation>
    </message>
    <message>
        <source>Point %1 of %2: %3</source>
        <translation>第 %1 项议题（共 %2 项）：%3</translation>
    </message>
    <message>
        <source>the point “%1” is gone, so this text written for it was not saved: %2</source>
        <translation>议题“%1”已不存在，为其撰写的文字未保存：%2</translation>
    </message>
    <message>
        <source>%1

%2

Discard it? (No keeps it here to shorten or copy.)</source>
        <translation>%1

%2

要放弃吗？（选“否”则保留在此处，以便删减或复制。）</translation>
    </message>
    <message>
        <source>Text not saved</source>
        <translation>文字未保存</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is kept here.</source>
        <translation>未保存：%1。您的文字保留在此处。</translation>
    </message>
    <message>
        <source>No contributions to draft from at this point yet (questions and private contributions are left out).</source>
        <translation>本议题尚无可供起草的发言（问题和非公开发言不计在内）。</translation>
    </message>
    <message>
        <source>Every draft is already among the key messages.</source>
        <translation>所有草稿均已列入要点。</translation>
    </message>
    <message>
        <source>No drafts: %1</source>
        <translation>无草稿：%1</translation>
    </message>
    <message>
        <source>Stopped; no drafts were kept.</source>
        <translation>已停止；未保留任何草稿。</translation>
    </message>
    <message>
        <source>Suggested — not yet yours</source>
        <translation>建议内容 — 尚未采用</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Suggested key messages, not yet yours</source>
        <translation>建议的要点（尚未采用）</translation>
    </message>
    <message>
        <source>Suggested key messages, not yet yours: Enter or double-click uses one</source>
        <translation>建议的要点（尚未采用）：按 Enter 或双击即可采用</translation>
    </message>
    <message>
        <source>Finding drafts</source>
        <translation>正在查找草稿</translation>
    </message>
    <message>
        <source>Use &amp;all</source>
        <translation>全部采用(&amp;A)</translation>
    </message>
    <message>
        <source>Add every suggestion to the key messages (Ctrl+Z undoes)</source>
        <translation>将所有建议加入要点（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Use &amp;selected</source>
        <translation>采用所选(&amp;S)</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>忽略(&amp;I)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Suggested, not yet yours: %1</source>
        <translation>建议（尚未采用）：%1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <source>the most representative contributions; use them or write your own</source>
        <translation>最具代表性的发言；可直接采用，也可自行撰写</translation>
    </message>
    <message>
        <source>Contributions at this point, newest first; read only</source>
        <translation>本议题的发言，最新的在前（只读）</translation>
    </message>
    <message>
        <source>Quote i&amp;nto key messages</source>
        <translation>引用为要点(&amp;N)</translation>
    </message>
    <message>
        <source>Add the selected contribution as a key message (or double-click it)</source>
        <translation>将所选发言添加为要点（或双击该发言）</translation>
    </message>
    <message>
        <source>Contri&amp;butions at this point</source>
        <translation>本议题的发言(&amp;B)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
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
    <name>PhonePanel</name>
    <message>
        <source>Phone Participation</source>
        <translation>手机参与</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>网络地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>网络(&amp;N)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Can phones &amp;reach me?</source>
        <translation>手机能连上我吗(&amp;R)？</translation>
    </message>
    <message>
        <source>Wi-Fi network name</source>
        <translation>Wi-Fi 网络名称</translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation>Wi-Fi 密码</translation>
    </message>
    <message>
        <source>Wi-&amp;Fi name:</source>
        <translation>Wi-Fi 名称(&amp;F)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>This computer has no network address; join a network and open this again.</source>
        <translation>这台计算机没有网络地址；请连接网络后重新打开此窗口。</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <source>Phones are off.</source>
        <translation>手机参与已关闭。</translation>
    </message>
    <message>
        <source>Card for a walk-in</source>
        <translation>为临时到场者发卡</translation>
    </message>
    <message>
        <source>Their name, or leave it empty</source>
        <translation>填写姓名，或留空</translation>
    </message>
    <message>
        <source>Walk-in&apos;s name</source>
        <translation>临时到场者的姓名</translation>
    </message>
    <message>
        <source>Wal&amp;k-in&apos;s name:</source>
        <translation>姓名(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Give a code</source>
        <translation>生成投票码(&amp;G)</translation>
    </message>
    <message>
        <source>Voting code</source>
        <translation>投票码</translation>
    </message>
    <message>
        <source>Print &amp;card…</source>
        <translation>打印卡片(&amp;C)…</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>临时到场者</translation>
    </message>
    <message>
        <source>%1 is checked in. Read them this code or print their card; only this computer shows it, never the room&apos;s screen.</source>
        <translation>%1 已签到。请向其读出此投票码或打印其卡片；投票码只显示在这台电脑上，绝不会出现在会场屏幕上。</translation>
    </message>
</context>
<context>
    <name>PhoneReach</name>
    <message>
        <source>This computer could not reach its own phone server at %1 (%2). Check that its firewall lets this port in, or choose another network or port.</source>
        <extracomment>How long the check waits for an answer, in milliseconds.</extracomment>
        <translation>本电脑无法连上自己在 %1 的手机服务器（%2）。请检查防火墙是否放行此端口，或选择其他网络或端口。</translation>
    </message>
    <message>
        <source>Another program answers at %1, not this phone server; choose another port.</source>
        <translation>在 %1 应答的是另一个程序，而不是本手机服务器；请选择其他端口。</translation>
    </message>
    <message>
        <source>The phone server answers at %1: it listens on this network and this computer&apos;s firewall lets it through. That does not prove the Wi-Fi lets phones reach this computer (some networks keep devices apart): open the address on one phone to be sure.</source>
        <translation>手机服务器在 %1 应答：它正在此网络上监听，且本电脑的防火墙放行了它。但这不能证明 Wi-Fi 允许手机连上本电脑（有些网络会隔离设备）：请用一部手机打开该地址以确认。</translation>
    </message>
    <message>
        <source>%1 is this computer alone: no phone can reach it. Stop, and choose the address of the Wi-Fi or cable the phones share.</source>
        <translation>%1 只指向本电脑：任何手机都无法连上。请停止服务，并选择手机共用的 Wi-Fi 或网线的地址。</translation>
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
    <name>VoteDialogs</name>
    <message>
        <source>New voting round</source>
        <translation>新建投票轮次</translation>
    </message>
    <message>
        <source>Edit voting round</source>
        <translation>编辑投票轮次</translation>
    </message>
    <message>
        <source>Round title</source>
        <translation>轮次标题</translation>
    </message>
    <message>
        <source>e.g. Which recommendations go to the plenary first?</source>
        <translation>例如：哪些建议优先提交全体会议？</translation>
    </message>
    <message>
        <source>&amp;Secret ballot: people vote with the code on their card; ballots carry no name</source>
        <translation>无记名投票(&amp;S)：每人凭卡片上的投票码投票；选票上不记姓名</translation>
    </message>
    <message>
        <source>Another item for the ballot</source>
        <translation>另一个选票选项</translation>
    </message>
    <message>
        <source>Another item, not from a group (Enter adds it)</source>
        <translation>不属于任何分组的其他选项（按 Enter 添加）</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Items chosen</source>
        <translation>已选选项</translation>
    </message>
    <message>
        <source>Create round</source>
        <translation>创建轮次</translation>
    </message>
    <message>
        <source>Save round</source>
        <translation>保存轮次</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt; — tick at least two; a group&apos;s wording is used</source>
        <translation>&lt;b&gt;选项&lt;/b&gt; — 至少勾选两项；使用分组的措辞</translation>
    </message>
    <message>
        <source>Items on the ballot</source>
        <translation>选票上的选项</translation>
    </message>
    <message>
        <source>On the ballot as (F2 edits)</source>
        <translation>在选票上显示为（按 F2 编辑）</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>每人圆点数</translation>
    </message>
    <message>
        <source>Most dots on one item</source>
        <translation>每个选项最多圆点数</translation>
    </message>
    <message>
        <source>Most items one person ranks</source>
        <translation>每人最多排序的选项数</translation>
    </message>
    <message>
        <source>as many as they like</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>up to </source>
        <translation>最多 </translation>
    </message>
    <message>
        <source>Dot &amp;budget:</source>
        <translation>圆点配额(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Cap per item:</source>
        <translation>每项上限(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Items to rank:</source>
        <translation>排序选项数(&amp;I)：</translation>
    </message>
    <message>
        <source>%1 chosen: a ballot needs at least two items</source>
        <translation>已选 %1 项：选票至少需要两个选项</translation>
    </message>
    <message>
        <source>Hand count — %1</source>
        <translation>举手计票 — %1</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>举手数</translation>
    </message>
    <message>
        <source>Hands per item</source>
        <translation>各选项举手数</translation>
    </message>
    <message>
        <source>Hands for %1</source>
        <translation>“%1”的举手数</translation>
    </message>
    <message>
        <source>Check against the people present</source>
        <translation>与出席人数核对</translation>
    </message>
    <message>
        <source>Record counts</source>
        <translation>记录计数</translation>
    </message>
    <message>
        <source>%1 hands for “%2” is more than the %3 people present</source>
        <translation>“%2”的举手数 %1 超过了出席人数 %3</translation>
    </message>
    <message>
        <source>the levels for “%1” add up to %2, more than the %3 present (each person shows one level)</source>
        <translation>“%1”各级别合计 %2，超过出席人数 %3（每人只能表示一个级别）</translation>
    </message>
    <message>
        <source>Count again: %1.</source>
        <translation>请重新计数：%1。</translation>
    </message>
    <message>
        <source>Voting codes</source>
        <translation>投票码</translation>
    </message>
    <message>
        <source>Voting codes by name</source>
        <translation>按姓名列出的投票码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>投票码</translation>
    </message>
    <message>
        <source>Hand each person the card with their code before the vote. A code lets its holder vote once in each secret round; ballots are stored without names.</source>
        <translation>投票前请将印有投票码的卡片发给每个人。凭投票码可在每轮无记名投票中投票一次；选票保存时不记姓名。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print cards…</source>
        <translation>打印卡片(&amp;P)…</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>您的投票码</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Voting rounds</source>
        <translation>投票轮次</translation>
    </message>
    <message>
        <source>&amp;New round… (Ctrl+Shift+R)</source>
        <translation>新建轮次(&amp;N)… (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Voting rounds&lt;/b&gt;</source>
        <translation>&lt;b&gt;投票轮次&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Method, rules and state</source>
        <translation>方式、规则和状态</translation>
    </message>
    <message>
        <source>Items on the ballot</source>
        <translation>选票上的选项</translation>
    </message>
    <message>
        <source>Voters so far</source>
        <translation>目前的投票人数</translation>
    </message>
    <message>
        <source>Results note</source>
        <translation>结果说明</translation>
    </message>
    <message>
        <source>&lt;b&gt;On the ballot&lt;/b&gt;</source>
        <translation>&lt;b&gt;选票内容&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Edit ro&amp;und… (F2)</source>
        <translation>编辑轮次(&amp;U)… (F2)</translation>
    </message>
    <message>
        <source>Change the title, method, settings or items until voting opens</source>
        <translation>在投票开始前可更改标题、方式、设置或选项</translation>
    </message>
    <message>
        <source>&amp;Open voting</source>
        <translation>开始投票(&amp;O)</translation>
    </message>
    <message>
        <source>Close vo&amp;ting…</source>
        <translation>结束投票(&amp;T)…</translation>
    </message>
    <message>
        <source>Open the voting kiosk in a window of its own (a touch screen, or this laptop turned round); the room&apos;s screen shows how many have voted. The console keeps the keyboard until you press F7 again.</source>
        <translation>在单独的窗口中打开投票终端（触摸屏，或将这台笔记本电脑转向与会者）；会场屏幕显示已投票人数。再次按 F7 之前，键盘仍由控制台使用。</translation>
    </message>
    <message>
        <source>H&amp;and count…</source>
        <translation>举手计票(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Issue voting codes…</source>
        <translation>发放投票码(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Show results on the shared screen (Shift+F7)</source>
        <translation>在会场屏幕上显示结果(&amp;S) (Shift+F7)</translation>
    </message>
    <message>
        <source>&amp;Back to the session (Ctrl+F7)</source>
        <translation>返回会议(&amp;B) (Ctrl+F7)</translation>
    </message>
    <message>
        <source>The shared screen shows the session again</source>
        <translation>会场屏幕重新显示会议</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared screen&lt;/b&gt;</source>
        <translation>&lt;b&gt;会场屏幕&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New Voting Round…</source>
        <translation>新建投票轮次…</translation>
    </message>
    <message>
        <source>Edit Voting Round…</source>
        <translation>编辑投票轮次…</translation>
    </message>
    <message>
        <source>Kiosk Window (Again: Hand It the Keyboard)</source>
        <translation>投票终端窗口（再按一次：将键盘交给终端）</translation>
    </message>
    <message>
        <source>Results on the Shared Screen</source>
        <translation>在会场屏幕上显示结果</translation>
    </message>
    <message>
        <source>Shared Screen Back to the Session</source>
        <translation>会场屏幕返回会议</translation>
    </message>
    <message>
        <source>Hand Count…</source>
        <translation>举手计票…</translation>
    </message>
    <message>
        <source>No voting round yet. Press Ctrl+Shift+R to set one up from the board&apos;s groups.</source>
        <translation>尚无投票轮次。按 Ctrl+Shift+R，根据看板上的分组创建一轮。</translation>
    </message>
    <message>
        <source>secret ballot</source>
        <translation>无记名投票</translation>
    </message>
    <message>
        <source>named vote</source>
        <translation>记名投票</translation>
    </message>
    <message>
        <source>Results stay hidden until voting closes.</source>
        <translation>投票结束前不显示结果。</translation>
    </message>
    <message>
        <source>A show of hands cannot express %1</source>
        <translation>举手表决无法用于此方式：%1</translation>
    </message>
    <message>
        <source>choose a voting round first, or set one up with Ctrl+Shift+R</source>
        <translation>请先选择一个投票轮次，或按 Ctrl+Shift+R 新建一轮</translation>
    </message>
    <message>
        <source>voting has opened in this round, so it can no longer change; set up a new round (Ctrl+Shift+R) instead</source>
        <translation>本轮投票已经开始，无法再更改；请改为新建一轮（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>hand counts are in for this round, so it can no longer change; set up a new round (Ctrl+Shift+R) instead</source>
        <translation>本轮已录入举手计数，无法再更改；请改为新建一轮（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>the round is %1, not open</source>
        <translation>该轮次未开放（%1）</translation>
    </message>
    <message>
        <source>open voting first; the kiosk takes ballots only while a round is open</source>
        <translation>请先开始投票；只有在轮次开放期间，投票终端才接受选票</translation>
    </message>
    <message>
        <source>voting has closed in this round</source>
        <translation>本轮投票已结束</translation>
    </message>
    <message>
        <source>&amp;Kiosk window for voting (F7)</source>
        <translation>投票终端窗口(&amp;K) (F7)</translation>
    </message>
    <message>
        <source>Hand the &amp;keyboard to the kiosk (F7)</source>
        <translation>将键盘交给投票终端(&amp;K) (F7)</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>无记名</translation>
    </message>
    <message>
        <source>named</source>
        <translation>记名</translation>
    </message>
    <message>
        <source>at most %1 on one item</source>
        <translation>每个选项最多 %1 个</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>rank as many items as you like</source>
        <translation>可对任意数量的选项排序</translation>
    </message>
    <message>
        <source>mark every item you support</source>
        <translation>勾选所有支持的选项</translation>
    </message>
    <message>
        <source>every item gets a level from %1 to %2</source>
        <translation>每个选项给出从 %1 到 %2 的级别</translation>
    </message>
    <message>
        <source>every item gets a grade from %1 to %2</source>
        <translation>每个选项给出从“%1”到“%2”的评级</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>not open yet</source>
        <translation>尚未开放</translation>
    </message>
    <message>
        <source>voting is open</source>
        <translation>投票进行中</translation>
    </message>
    <message>
        <source>voting has closed</source>
        <translation>投票已结束</translation>
    </message>
    <message>
        <source>%1 at the kiosk · hand counts entered</source>
        <translation>%1（投票终端）· 已录入举手计数</translation>
    </message>
    <message>
        <source>Close voting on “%1”?

%2. No more ballots or hand counts after this; the results can then be shown.</source>
        <translation>结束“%1”的投票吗？

%2。此后不再接受选票或举手计数；随后即可显示结果。</translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation>结束投票</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation>&lt;b&gt;结果&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>投票率</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>计票方式</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>Support by stakeholder group</source>
        <translation>各利益攸关方群体的支持情况</translation>
    </message>
    <message>
        <source>Groups not shown</source>
        <translation>未显示的群体</translation>
    </message>
    <message>
        <source>A group with fewer than 3 voters is not shown, so nobody&apos;s vote can be deduced; when the hidden groups hold fewer than 3 voters between them, the next smallest group is hidden too.</source>
        <translation>投票人数少于 3 人的群体不予显示，以免推断出任何人的投票；若被隐藏的群体合计不足 3 人，则再隐藏下一个最小的群体。</translation>
    </message>
    <message>
        <source>Blocked by at least one person: %1</source>
        <translation>至少有一人否决：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support by stakeholder group&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;各利益攸关方群体的支持情况&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <source>%1: fewer than 3 voters, not shown</source>
        <translation>%1：投票人数少于 3 人，不予显示</translation>
    </message>
    <message>
        <source>Each person places a budget of dots; several on one item shows strong support.</source>
        <translation>每人分配固定数量的圆点；在同一选项上放置多个圆点表示强烈支持。</translation>
    </message>
    <message>
        <source>Each person marks every item they can support.</source>
        <translation>每人勾选自己能够支持的所有选项。</translation>
    </message>
    <message>
        <source>Each person puts the items in order; reports Borda points and the Schulze order.</source>
        <translation>每人对选项排序；结果给出博达分和舒尔策排序。</translation>
    </message>
    <message>
        <source>Each person gives every item a level from 0 Block to 5 Full support.</source>
        <translation>每人为每个选项给出从 0（否决）到 5（完全支持）的级别。</translation>
    </message>
    <message>
        <source>Each person grades every item from Excellent to Reject; the best middle grade wins.</source>
        <translation>每人为每个选项评级，从“优秀”到“否决”；中位评级最高者胜出。</translation>
    </message>
    <message>
        <source>mean dots per voter</source>
        <translation>每位投票人的平均圆点数</translation>
    </message>
    <message>
        <source>share of the group&apos;s voters approving</source>
        <translation>该群体投票人中表示认可的比例</translation>
    </message>
    <message>
        <source>mean Borda points per voter</source>
        <translation>每位投票人的平均博达分</translation>
    </message>
    <message>
        <source>mean agreement level (0–5)</source>
        <translation>平均认同级别（0–5）</translation>
    </message>
    <message>
        <source>the group&apos;s majority grade</source>
        <translation>该群体的多数评级</translation>
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
        <source>%n session(s) added</source>
        <translation>
            <numerusform>新增 %n 个会议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) updated</source>
        <translation>
            <numerusform>更新 %n 个会议</numerusform>
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
    <message numerus="yes">
        <source>… and %n more pairs; merge these first</source>
        <translation>
            <numerusform>……另有 %n 对；请先合并以上各对</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in a group (%n)</source>
        <translation>
            <numerusform>未分组（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n) — suggested, Enter accepts</source>
        <translation>
            <numerusform>%1（%n）— 建议分组，按 Enter 接受</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grouping %n proposals…</source>
        <translation>
            <numerusform>正在对 %n 条提案进行分组…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 present have voted</source>
        <translation>
            <numerusform>%1 名出席者中已有 %n 人投票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 on the roster have voted</source>
        <translation>
            <numerusform>名单上 %1 人中已有 %n 人投票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots each</source>
        <translation>
            <numerusform>每人 %n 个圆点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rank up to %n items</source>
        <translation>
            <numerusform>最多对 %n 个选项排序</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at most on one item</source>
        <translation>
            <numerusform>每个选项最多 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items on the ballot</source>
        <translation>
            <numerusform>选票上有 %n 个选项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For each item, count the hands at each level. %n people are present.</source>
        <translation>
            <numerusform>请按级别清点每个选项的举手人数。出席人数：%n 人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For each item, count the raised hands. %n people are present.</source>
        <translation>
            <numerusform>请清点每个选项的举手人数。出席人数：%n 人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every count fits the %n people present.</source>
        <translation>
            <numerusform>所有计数均未超过出席人数（%n 人）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reading %n contributions…</source>
        <translation>
            <numerusform>正在读取 %n 条发言…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contri&amp;butions at this point (%n) — double-click quotes one</source>
        <translation>
            <numerusform>本议题的发言(&amp;B)（%n）— 双击即可引用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phones joined</source>
        <translation>
            <numerusform>已加入 %n 部手机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n waiting</source>
        <translation>
            <numerusform>收件箱：%n 条待处理</numerusform>
        </translation>
    </message>
</context>
</TS>
