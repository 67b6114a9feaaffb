"""The kiosk's look: colours from the shared screen's scheme, sizes from the kiosk's height."""

from __future__ import annotations

from breakout_qt.room_look import Scheme

# Shares of the kiosk's height.
MARGIN_SHARE = 0.035
TITLE_SHARE = 0.030
PROMPT_SHARE = 0.046
TEXT_SHARE = 0.031
TEXT_MIN_SHARE = 0.021  # item wordings shrink this far to keep the whole ballot in view
BUTTON_SHARE = 0.034
TARGET_SHARE = 0.085  # the height of a touch target
CODE_SHARE = 0.085
MESSAGE_SHARE = 0.040
THANKS_SHARE = 0.075


def scaled(share: float, height: int) -> int:
    """A share of the kiosk's height in pixels (never under 10)."""
    return max(10, round(share * max(300, height)))


def style_sheet(s: Scheme, height: int) -> str:
    """The whole kiosk's style sheet for a scheme and a height (one declarative sheet)."""
    h = max(300, height)

    def px(share: float) -> int:
        return scaled(share, h)

    target = max(44, px(TARGET_SHARE))
    radius = max(6, round(0.012 * h))
    border = max(2, round(0.003 * h))
    focus = max(3, round(0.005 * h))
    pad = px(0.018)
    disabled = "#5a5a60" if s.name == "dark" else "#9a9a9a"
    disabled_bg = "#1c1c1f" if s.name == "dark" else "#eeeeee"
    on_accent = s.background
    return f"""
        #kiosk, #kioskScrollContent, QScrollArea#kioskScroll {{
            background: {s.background}; }}
        QLabel {{ color: {s.text}; background: transparent; font-size: {px(TEXT_SHARE)}px; }}
        QLabel#kioskTitle {{ color: {s.muted}; font-size: {px(TITLE_SHARE)}px; }}
        QLabel#kioskPrompt {{ font-size: {px(PROMPT_SHARE)}px; font-weight: bold; }}
        QLabel#kioskStatus {{ color: {s.muted}; font-size: {px(TEXT_SHARE)}px; }}
        QLabel#kioskCount {{ font-size: {px(PROMPT_SHARE * 0.85)}px; font-weight: bold; }}
        QLabel#kioskMessage {{ color: {s.over_text}; font-size: {px(MESSAGE_SHARE)}px;
            font-weight: bold; }}
        QLabel#kioskThanks {{ font-size: {px(THANKS_SHARE)}px; font-weight: bold; }}
        QLabel#summaryLine {{ font-size: {px(TEXT_SHARE)}px; padding: {pad // 3}px 0; }}
        QLabel#countLabel {{ font-size: {px(PROMPT_SHARE)}px; font-weight: bold;
            min-width: {round(target * 1.1)}px; }}
        QPushButton {{ color: {s.text}; background: {s.track};
            border: {border}px solid {s.muted}; border-radius: {radius}px;
            font-size: {px(BUTTON_SHARE)}px; min-height: {target}px;
            padding: 0 {pad}px; }}
        QPushButton:focus {{ border: {focus}px solid {s.normal}; }}
        QPushButton:checked {{ background: {s.normal}; color: {on_accent};
            border-color: {s.normal}; font-weight: bold; }}
        QPushButton:checked:focus {{ border-color: {s.text}; }}
        QPushButton:disabled {{ color: {disabled}; background: {disabled_bg};
            border-color: {disabled}; }}
        QPushButton[spent="true"] {{ color: {disabled}; background: {disabled_bg};
            border-color: {disabled}; }}
        QPushButton[spent="true"]:focus {{ border: {focus}px solid {s.normal}; }}
        QPushButton#primary {{ background: {s.normal}; color: {on_accent};
            border-color: {s.normal}; font-weight: bold; padding: 0 {pad * 2}px; }}
        QPushButton#primary:focus {{ border-color: {s.text}; }}
        QPushButton#primary:disabled {{ color: {disabled}; background: {disabled_bg};
            border-color: {disabled}; }}
        QPushButton#stepButton {{ min-width: {target}px; max-width: {target}px;
            font-size: {px(PROMPT_SHARE)}px; font-weight: bold; padding: 0; }}
        QPushButton#levelButton, QPushButton#blockButton {{
            font-size: {px(TEXT_SHARE * 0.8)}px; padding: 0 4px; }}
        QPushButton#blockButton:checked {{ background: {s.over}; border-color: {s.over};
            color: {on_accent}; }}
        QPushButton#nameButton {{ font-size: {px(TEXT_SHARE)}px; }}
        QFrame#ballotRow {{ border-bottom: 1px solid {s.track}; }}
        QFrame#tapRow {{ background: {s.track}; border: {border}px solid {s.muted};
            border-radius: {radius}px; min-height: {target}px; }}
        QFrame#tapRow:focus {{ border: {focus}px solid {s.normal}; }}
        QFrame#tapRow[selected="true"] {{ background: {s.normal}; border-color: {s.normal}; }}
        QFrame#tapRow[selected="true"]:focus {{ border-color: {s.text}; }}
        QFrame#tapRow[selected="true"] QLabel {{ color: {on_accent}; }}
        QLabel#badge {{ font-size: {px(PROMPT_SHARE)}px; font-weight: bold;
            min-width: {round(target * 1.2)}px; }}
        QLineEdit {{ color: {s.text}; background: {s.background};
            border: {border}px solid {s.muted}; border-radius: {radius}px;
            padding: {pad // 2}px {pad}px; font-size: {px(TEXT_SHARE)}px;
            min-height: {target}px; }}
        QLineEdit:focus {{ border: {focus}px solid {s.normal}; }}
        QLineEdit#codeEdit {{ font-size: {px(CODE_SHARE)}px; font-weight: bold;
            letter-spacing: {round(0.01 * h)}px; min-height: {round(target * 1.3)}px; }}
        QPushButton[big="true"] {{ min-height: {round(target * 1.3) + pad}px; }}
        QScrollBar:vertical {{ background: {s.track}; width: {round(target * 0.4)}px;
            border-radius: {radius}px; margin-left: {pad // 2}px; }}
        QScrollBar::handle:vertical {{ background: {s.muted}; border-radius: {radius}px;
            min-height: {target}px; }}
        QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
        """
