"""The console page, in panels that each own their actions.

``agenda`` (title, agenda, summary), ``clock`` (the current point and its
clocks), ``queue`` (speaking queue and balance), ``capture`` (who said what,
the contributions) and ``people`` (check-in, late arrivals); ``console`` lays
them out and redraws them after a change; ``base`` is what they share.
"""
