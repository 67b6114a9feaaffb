<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>words</name>
    <message numerus="yes">
        <source>%1 of %n supported</source>
        <translation>
            <numerusform>%1 of %n supported</numerusform>
            <numerusform>%1 of %n supported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n dots on one item.</source>
        <translation>
            <numerusform>At most %n dot on one item.</numerusform>
            <numerusform>At most %n dots on one item.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dots left</source>
        <translation>
            <numerusform>%1 of %n dot left</numerusform>
            <numerusform>%1 of %n dots left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items have a grade</source>
        <translation>
            <numerusform>%1 of %n item has a grade</numerusform>
            <numerusform>%1 of %n items have a grade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can rank up to %n items; tap one to take it back.</source>
        <translation>
            <numerusform>You can rank up to %n item; tap one to take it back.</numerusform>
            <numerusform>You can rank up to %n items; tap one to take it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ranked</source>
        <translation>
            <numerusform>%1 of %n ranked</numerusform>
            <numerusform>%1 of %n ranked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items have a level</source>
        <translation>
            <numerusform>%1 of %n item has a level</numerusform>
            <numerusform>%1 of %n items have a level</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (a place in a ranking)</source>
        <translation>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place up to %n dots, at most %1 on one item</source>
        <translation>
            <numerusform>Place up to %n dot, at most %1 on one item</numerusform>
            <numerusform>Place up to %n dots, at most %1 on one item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tap items in your order of preference (up to %n); tap again to remove</source>
        <translation>
            <numerusform>Tap items in your order of preference (up to %n); tap again to remove</numerusform>
            <numerusform>Tap items in your order of preference (up to %n); tap again to remove</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n dots not used)</source>
        <translation>
            <numerusform>(%n dot not used)</numerusform>
            <numerusform>(%n dots not used)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You support %n of %1 items.</source>
        <translation>
            <numerusform>You support %n of %1 items.</numerusform>
            <numerusform>You support %n of %1 items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting has closed: %n of %1 voted</source>
        <translation>
            <numerusform>Voting has closed: %n of %1 voted</numerusform>
            <numerusform>Voting has closed: %n of %1 voted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting has closed: %n voted</source>
        <translation>
            <numerusform>Voting has closed: %n voted</numerusform>
            <numerusform>Voting has closed: %n voted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting: %n of %1 have voted</source>
        <translation>
            <numerusform>Voting: %n of %1 has voted</numerusform>
            <numerusform>Voting: %n of %1 have voted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting: %n have voted</source>
        <translation>
            <numerusform>Voting: %n has voted</numerusform>
            <numerusform>Voting: %n have voted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n voted (%2 turnout)</source>
        <translation>
            <numerusform>%1 of %n voted (%2 turnout)</numerusform>
            <numerusform>%1 of %n voted (%2 turnout)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min planned</source>
        <translation>
            <numerusform>%n min planned</numerusform>
            <numerusform>%n min planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contributions</source>
        <translation>
            <numerusform>%n contribution</numerusform>
            <numerusform>%n contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n recommendation</numerusform>
            <numerusform>%n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points on the agenda</source>
        <translation>
            <numerusform>%n point on the agenda</numerusform>
            <numerusform>%n points on the agenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checked in</source>
        <translation>
            <numerusform>%1 of %n checked in</numerusform>
            <numerusform>%1 of %n checked in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n session added</numerusform>
            <numerusform>%n sessions added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) updated</source>
        <translation>
            <numerusform>%n session updated</numerusform>
            <numerusform>%n sessions updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turns</source>
        <translation>
            <numerusform>%n turn</numerusform>
            <numerusform>%n turns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nobody checked in yet, so shares are of the %n on the roster</source>
        <translation>
            <numerusform>nobody checked in yet, so shares are of the %n on the roster</numerusform>
            <numerusform>nobody checked in yet, so shares are of the %n on the roster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %3.
Nobody checked in yet: shares are of the %n on the roster.</source>
        <translation>
            <numerusform>%1: %2 in %3.
Nobody checked in yet: shares are of the %n on the roster.</numerusform>
            <numerusform>%1: %2 in %3.
Nobody checked in yet: shares are of the %n on the roster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more pairs; merge these first</source>
        <translation>
            <numerusform>… and %n more pair; merge these first</numerusform>
            <numerusform>… and %n more pairs; merge these first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in a group (%n)</source>
        <translation>
            <numerusform>Not in a group (%n)</numerusform>
            <numerusform>Not in a group (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n) — suggested, Enter accepts</source>
        <translation>
            <numerusform>%1 (%n) — suggested, Enter accepts</numerusform>
            <numerusform>%1 (%n) — suggested, Enter accepts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grouping %n proposals…</source>
        <translation>
            <numerusform>Grouping %n proposal…</numerusform>
            <numerusform>Grouping %n proposals…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 present have voted</source>
        <translation>
            <numerusform>%n of %1 present has voted</numerusform>
            <numerusform>%n of %1 present have voted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 on the roster have voted</source>
        <translation>
            <numerusform>%n of %1 on the roster has voted</numerusform>
            <numerusform>%n of %1 on the roster have voted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots each</source>
        <translation>
            <numerusform>%n dot each</numerusform>
            <numerusform>%n dots each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rank up to %n items</source>
        <translation>
            <numerusform>rank up to %n item</numerusform>
            <numerusform>rank up to %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at most on one item</source>
        <translation>
            <numerusform>%n at most on one item</numerusform>
            <numerusform>%n at most on one item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items on the ballot</source>
        <translation>
            <numerusform>%n item on the ballot</numerusform>
            <numerusform>%n items on the ballot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For each item, count the hands at each level. %n people are present.</source>
        <translation>
            <numerusform>For each item, count the hands at each level. %n person is present.</numerusform>
            <numerusform>For each item, count the hands at each level. %n people are present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For each item, count the raised hands. %n people are present.</source>
        <translation>
            <numerusform>For each item, count the raised hands. %n person is present.</numerusform>
            <numerusform>For each item, count the raised hands. %n people are present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every count fits the %n people present.</source>
        <translation>
            <numerusform>Every count fits the %n person present.</numerusform>
            <numerusform>Every count fits the %n people present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reading %n contributions…</source>
        <translation>
            <numerusform>reading %n contribution…</numerusform>
            <numerusform>reading %n contributions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contri&amp;butions at this point (%n) — double-click quotes one</source>
        <translation>
            <numerusform>Contri&amp;butions at this point (%n) — double-click quotes one</numerusform>
            <numerusform>Contri&amp;butions at this point (%n) — double-click quotes one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phones joined</source>
        <translation>
            <numerusform>%n phone joined</numerusform>
            <numerusform>%n phones joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n waiting</source>
        <translation>
            <numerusform>Inbox: %n waiting</numerusform>
            <numerusform>Inbox: %n waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
