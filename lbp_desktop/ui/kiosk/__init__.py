"""Patient mode (kiosk): the locked questionnaire screens for the waiting-room tablet."""

from lbp_desktop.ui.kiosk.window import KioskWindow

__all__ = ["KioskWindow"]
