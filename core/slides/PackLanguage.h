// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <memory>

class QTranslator;

namespace rt::slides {

/**
 * The language of a summary pack's fixed labels (section titles, column headers, quadrant names,
 * axis words, legend, the default disclaimer, "continued"): the event's `language`, whatever the
 * app's own UI language. Translations come from ":/i18n/roundtable_<lang>.qm" (compiled into the
 * app) through a QTranslator of the pack's own, never installed on the application: installing
 * one would retranslate the open window, and exports run off the GUI thread. A label with no
 * translation stays in English, the source language.
 *
 * Builders declare RT_PACK_TR_FUNCTIONS(Context) where they would declare
 * Q_DECLARE_TR_FUNCTIONS(Context): their tr() reads the pack language a Scope has set for the
 * running thread, and, outside any scope, the app's language as before. So that lupdate keeps
 * the labels' contexts (and translations) however it is run, the class also shows it
 * Q_DECLARE_TR_FUNCTIONS(Context) in an #ifdef branch the compiler never takes (lupdate does not
 * evaluate the preprocessor); LUPDATE_OPTIONS in app/CMakeLists.txt also aliases the macro.
 */
class PackLanguage
{
public:
    /** The app's own language (QCoreApplication::translate). */
    PackLanguage() = default;
    /** @p language as stored in the event: "en", "cy", "pl", "ur", "pt_BR"…; empty or unusable: "en". */
    explicit PackLanguage(const QString& language);

    /** The language's code ("en" for English); empty for the app's language. */
    QString code() const { return m_code; }
    bool isRightToLeft() const { return m_rtl; }
    /** Written in Arabic script (Urdu, Persian, Arabic…). */
    bool isArabicScript() const { return m_arabic; }
    /** BCP-47 tag for the pack's paragraphs, e.g. "ur-PK". */
    QString bcp47() const { return m_bcp47; }

    /** @p source (UTF-8, English) in this language; %n and %Ln are replaced as QObject::tr() does. */
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1) const;

    /** The pack language of the running thread: the innermost live Scope's, else the app's. */
    static const PackLanguage& current();

    /** Sets the running thread's pack language for its lifetime (scopes nest). */
    class Scope;

private:
    QString m_code;
    QString m_bcp47;
    bool m_rtl = false;
    bool m_arabic = false;
    std::shared_ptr<const QTranslator> m_translator;
};

class PackLanguage::Scope
{
public:
    explicit Scope(const QString& language);
    ~Scope();
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

private:
    PackLanguage m_language;
    const PackLanguage* m_previous;
};

} // namespace rt::slides

/** Q_DECLARE_TR_FUNCTIONS for text that belongs to the summary pack (see PackLanguage). */
#define RT_PACK_TR_FUNCTIONS(context)                                                                        \
public:                                                                                                      \
    static QString tr(const char* sourceText, const char* disambiguation = nullptr, int n = -1)              \
    {                                                                                                        \
        return ::rt::slides::PackLanguage::current().translate(#context, sourceText, disambiguation, n);     \
    }                                                                                                        \
                                                                                                             \
private:
