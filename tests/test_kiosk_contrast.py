"""WCAG 2.2 AA contrast, computed over the colours the screens actually use: text 4.5:1
(SC 1.4.3) and control borders and state indicators 3:1 (SC 1.4.11), for the kiosk's calm and
high-contrast palettes and for the workspace theme."""

from __future__ import annotations

import pytest

from lbp_desktop.ui import theme
from lbp_desktop.ui.kiosk import style
from lbp_desktop.ui.theme import AA_NON_TEXT, AA_TEXT, contrast_ratio


def test_the_contrast_formula_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)  # the AA grey
    # the failures found on the tablet are caught by the same formula
    assert contrast_ratio("#C5D0DA", "#FFFFFF") < AA_NON_TEXT  # old answer-button border


@pytest.mark.parametrize("palette", [style.CALM, style.HIGH_CONTRAST], ids=["calm", "high"])
def test_kiosk_text_and_control_colours_meet_aa(palette: style.Palette) -> None:
    low = []
    for fg, bg in style.TEXT_PAIRS:
        ratio = contrast_ratio(getattr(palette, fg), getattr(palette, bg))
        if ratio < AA_TEXT:
            low.append(f"text {fg} on {bg}: {ratio:.2f}")
    for border, bg in style.BORDER_PAIRS:
        ratio = contrast_ratio(getattr(palette, border), getattr(palette, bg))
        if ratio < AA_NON_TEXT:
            low.append(f"border {border} on {bg}: {ratio:.2f}")
    assert not low, low


@pytest.mark.parametrize("high", [False, True], ids=["calm", "high"])
def test_the_kiosk_style_sheet_uses_only_checked_pairs(high: bool) -> None:
    """Text on the primary button (e.g. "Fortsæt spørgeskemaet for …") is accent_text on
    accent, not the body colour: the rule that made it 2.1:1 is gone."""
    sheet = style.stylesheet(1.0, high)
    palette = style.HIGH_CONTRAST if high else style.CALM
    assert f'QPushButton[role="primary"] QLabel {{ color: {palette.accent_text}' in sheet
    assert contrast_ratio(palette.accent_text, palette.accent) >= AA_TEXT


def test_workspace_theme_meets_aa() -> None:
    low = [f"{fg} on {bg}: {contrast_ratio(fg, bg):.2f}" for fg, bg in theme.TEXT_PAIRS
           if contrast_ratio(fg, bg) < AA_TEXT]
    low += [f"border {fg} on {bg}: {contrast_ratio(fg, bg):.2f}" for fg, bg in theme.BORDER_PAIRS
            if contrast_ratio(fg, bg) < AA_NON_TEXT]
    assert not low, low
