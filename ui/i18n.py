"""The interface language: Qt translations for the widgets (Dutch source strings, English in
resources/translations/wor_desk_en.qm) and the core's own messages (wor_desk.i18n)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wor_desk import i18n as core_i18n
from wor_desk.errors import ResourceMissing
from wor_desk.resources import path as resource_path

#: The translation file of each interface language. Dutch is the source language; its file
#: holds only the plural forms (tr("%n dagen", "", n) -> "1 dag", "2 dagen").
QM_FILES = {
    "en": ("translations", "wor_desk_en.qm"),
    "nl": ("translations", "wor_desk_nl.qm"),
}
_installed: list[QTranslator] = []


def set_language(lang: str) -> bool:
    """Switch widgets and core messages to `lang` ("nl" or "en"). Widgets made afterwards
    show the new language. A missing or unreadable translation file raises ResourceMissing
    naming it (the interface never stays Dutch silently)."""
    app = QCoreApplication.instance()
    core_i18n.set_language(lang)
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.English if lang == "en" else QLocale.Language.Dutch,
            QLocale.Country.UnitedKingdom if lang == "en" else QLocale.Country.Netherlands,
        )
    )
    ok = True
    if lang in QM_FILES:
        qm = resource_path(*QM_FILES[lang])
        own = QTranslator(app)
        if not own.load(str(qm)):
            raise ResourceMissing(path=str(qm))
        app.installTranslator(own)
        _installed.append(own)
    if lang != "en":  # Qt's own dialog buttons (Cancel, Save...) in Dutch
        qt = QTranslator(app)
        if qt.load(
            QLocale(QLocale.Language.Dutch),
            "qtbase",
            "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ):
            app.installTranslator(qt)
            _installed.append(qt)
    return ok


def language() -> str:
    return core_i18n.language()
