// SPDX-License-Identifier: GPL-3.0-or-later
// roundtable screenshot FILE --view VIEW -o OUT.png [--size WxH] [--lang LANG] [--read-only]
#include "cli/Cli.h"
#include "session/Document.h"
#include "session/OutputFile.h"
#include "shell/Gui.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

#include <optional>

namespace rt::cli {

namespace {
/** Speaks @p language from now on (ours and Qt's texts, numbers, right to left for Urdu). */
bool useLanguage(const QString& language)
{
    // English as the pack writes it (British dates: "Friday, 21 July 2023"), not QLocale's en_US.
    const QLocale locale(language == QLatin1String("en") ? QStringLiteral("en_GB") : language);
    auto* own = new QTranslator(QCoreApplication::instance());
    if (!own->load(locale, QStringLiteral("roundtable"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QLocale::setDefault(locale);
    // Installed last, so it is asked first; the LanguageChange it sends sets the direction.
    QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}
} // namespace

int runScreenshot(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption viewOption(QStringLiteral("view"), tr("the view to render (listed below)"),
                                        QStringLiteral("VIEW"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       tr("the PNG file to write"), QStringLiteral("OUT.png"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        tr("the window size in pixels (default 1280x800)"),
                                        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), tr("the window's language, e.g. ur or cy (default: the system's, LANG)"),
        QStringLiteral("LANG"));
    const QCommandLineOption readOnlyOption(
        QStringLiteral("read-only"),
        tr("picture the read-only window (as a second window shows the session)"));
    parser.addOptions({viewOption, outOption, sizeOption, langOption, readOnlyOption});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("the session file (never changed: the window shows a copy of it)"));
    if (const int status = parseArguments(parser, QStringLiteral("screenshot"), args); status >= 0)
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(
            tr("screenshot: expected one FILE (usage: roundtable screenshot FILE --view VIEW -o OUT.png)"));
    if (!parser.isSet(viewOption))
        return fail(
            tr("screenshot: --view VIEW is required (`roundtable screenshot --help` lists the views)"));
    if (!parser.isSet(outOption))
        return fail(tr("screenshot: -o OUT.png is required"));
    static const QRegularExpression sizePattern(QStringLiteral("^([0-9]{2,5})x([0-9]{2,5})$"));
    const QRegularExpressionMatch m = sizePattern.match(parser.value(sizeOption));
    const QSize size = m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
    if (!m.hasMatch() || size.width() < 100 || size.height() < 100 || size.width() > 8000
        || size.height() > 8000)
        return fail(
            tr("screenshot: --size expects WxH between 100x100 and 8000x8000, e.g. 1280x800, not \"%1\"")
                .arg(parser.value(sizeOption)));

    if (parser.isSet(langOption) && !useLanguage(parser.value(langOption)))
        return fail(tr("screenshot: no translation for language \"%1\" (try en, cy, pl or ur)")
                        .arg(parser.value(langOption)));

    const QString out = parser.value(outOption);
    // Refused before anything is rendered: the picture never replaces its session or any other.
    if (const QString refusal = rt::files::checkTarget(out, {files.first()}); !refusal.isEmpty())
        return fail(refusal);
    Document doc;
    if (const SessionError e = doc.open(files.first(), SessionFile::Mode::ReadOnly))
        return fail(e.message);
    // The window as its user sees it, buttons and boxes ready to edit, drawn over a copy so the
    // session itself is never written (a window may tidy or date what it opens).
    std::optional<QTemporaryDir> scratch;
    if (!parser.isSet(readOnlyOption)) {
        scratch.emplace();
        if (!scratch->isValid())
            return fail(tr("screenshot: no room for a working copy: %1").arg(scratch->errorString()));
        const QString copy = scratch->filePath(QFileInfo(files.first()).fileName());
        if (const SessionError e = doc.file().saveCopy(copy))
            return fail(e.message);
        doc.close();
        if (const SessionError e = doc.open(copy))
            return fail(e.message);
    }
    QImage image;
    QString error;
    if (!rt::gui::renderView(&doc, parser.value(viewOption), size, &image, &error,
                             QFileInfo(files.first()).absoluteFilePath()))
        return fail(tr("screenshot: %1").arg(error));
    rt::files::SafeOutput file(out, {files.first()});
    if (!file.open())
        return fail(file.errorString());
    if (!image.save(file.device(), "PNG"))
        file.fail(rt::files::writeFailure(out));
    if (!file.commit())
        return fail(file.errorString());
    return 0;
}

} // namespace rt::cli
