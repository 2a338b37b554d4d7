"""Run-time files of WoR Desk (letter templates, fonts, translations, icons).

Installed as the package `wor_desk_resources`; read them with `importlib.resources.files`.
"""
