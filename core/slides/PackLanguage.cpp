// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/PackLanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

namespace rt::slides {

namespace {

thread_local const PackLanguage* t_current = nullptr;

const PackLanguage& appLanguage()
{
    static const PackLanguage app;
    return app;
}

} // namespace

PackLanguage::PackLanguage(const QString& language)
{
    // The code comes from a session file, which may be anyone's: letters, '_' and '-' only.
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8}){0,2}$"));
    QString code = language.trimmed();
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (!valid.match(code).hasMatch())
        code = QStringLiteral("en");
    m_code = code;
    const QLocale locale(code);
    m_rtl = locale.language() != QLocale::C && locale.textDirection() == Qt::RightToLeft;
    m_arabic = m_rtl && locale.script() == QLocale::ArabicScript;
    m_bcp47 = locale.language() == QLocale::C ? code : locale.bcp47Name();
    if (m_rtl && !m_bcp47.contains(QLatin1Char('-')))
        m_bcp47 = locale.name().replace(QLatin1Char('_'), QLatin1Char('-'));
    // English too: its file holds the plural forms only ("1 vote", "2 votes").
    auto translator = std::make_shared<QTranslator>();
    // load() falls back from "roundtable_pt_BR" to "roundtable_pt".
    if (translator->load(QStringLiteral("roundtable_") + code, QStringLiteral(":/i18n")))
        m_translator = std::move(translator);
}

QString PackLanguage::translate(const char* context, const char* source, const char* disambiguation,
                                int n) const
{
    if (m_code.isEmpty())
        return QCoreApplication::translate(context, source, disambiguation, n);
    QString out = m_translator ? m_translator->translate(context, source, disambiguation, n) : QString();
    if (out.isEmpty())
        out = QString::fromUtf8(source);
    if (n >= 0) {
        out.replace(QLatin1String("%Ln"), QLocale(m_code).toString(n));
        out.replace(QLatin1String("%n"), QString::number(n));
    }
    return out;
}

const PackLanguage& PackLanguage::current()
{
    return t_current ? *t_current : appLanguage();
}

PackLanguage::Scope::Scope(const QString& language)
    : m_language(language)
    , m_previous(t_current)
{
    t_current = &m_language;
}

PackLanguage::Scope::~Scope()
{
    t_current = m_previous;
}

} // namespace rt::slides
