// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/Gui.h"

#include "shell/FirstPaintProbe.h"

#include "session/Document.h"
#include "shell/MainWindow.h"
#include "shell/Settings.h"
#include "shell/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTranslator>

namespace rt::gui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rt::gui", text);
}

/** Loads our own and Qt's translations for @p locale into the application. */
void installTranslations(QApplication& app, const QLocale& locale)
{
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("roundtable"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

QString desktopFileName()
{
    return QStringLiteral("io.github.roundtable.Roundtable");
}

int run(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication::setOrganizationName(QStringLiteral("Roundtable"));
    QApplication::setApplicationName(QStringLiteral("Roundtable"));
    QApplication::setApplicationVersion(QStringLiteral(RT_VERSION));
    QApplication::setDesktopFileName(desktopFileName());
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(tr("Roundtable"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/roundtable.svg")));

    Settings& settings = Settings::instance();
    const QString language = settings.language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    installTranslations(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Run a facilitated seminar and publish its verbatim summary pack."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The session file to open."));
    parser.parse(QCoreApplication::arguments()); // unknown options are ignored, not fatal

    MainWindow window;
    window.restoreWindowSettings();
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first());
    if (qEnvironmentVariableIsSet("RT_BENCH_FIRST_PAINT"))
        new FirstPaintProbe(&window, sinceStart);
    return QApplication::exec();
}

bool renderView(Document* document, const QString& view, const QSize& size, QImage* out, QString* error)
{
    QString ignored;
    QString& message = error ? *error : ignored;
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        message = tr("rendering needs a QApplication");
        return false;
    }
    if (!document || !document->isOpen()) {
        message = tr("no session is open");
        return false;
    }
    const QSize wanted = size.isValid() && !size.isEmpty() ? size : QSize(1280, 800);
    if (wanted.width() < 100 || wanted.height() < 100 || wanted.width() > 8000 || wanted.height() > 8000) {
        message = tr("size %1x%2 is outside 100x100 … 8000x8000").arg(wanted.width()).arg(wanted.height());
        return false;
    }

    MainWindow window(document, false);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(wanted);
    window.show();
    QCoreApplication::processEvents();
    if (!window.showView(view, &message))
        return false;
    window.resize(wanted); // a workspace may have changed size hints
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();

    QImage image = window.grab().toImage();
    if (image.size() != wanted) {
        // The layout's minimum can exceed a small size: keep the top-left part at the asked size.
        QImage canvas(wanted, image.format());
        canvas.fill(window.palette().window().color());
        for (int y = 0; y < qMin(wanted.height(), image.height()); ++y)
            std::copy_n(image.constScanLine(y), size_t(qMin(canvas.bytesPerLine(), image.bytesPerLine())),
                        canvas.scanLine(y));
        image = canvas;
    }
    if (out)
        *out = image;
    return !image.isNull();
}

QStringList viewHelp()
{
    const QStringList keys = MainWindow::pageKeys();
    const QStringList pages = {tr("the Agenda page"), tr("the Tables page"),    tr("the Places page"),
                               tr("the Polls page"),  tr("the Data pack page"), tr("the Export page")};
    QStringList lines;
    for (int i = 0; i < keys.size(); ++i)
        lines.append(QStringLiteral("%1 — %2").arg(keys.at(i), pages.at(i)));
    // The workspaces' own views: ask real ones, built on a throw-away session.
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        return lines;
    if (QCoreApplication::applicationVersion().isEmpty())
        QCoreApplication::setApplicationVersion(QStringLiteral(RT_VERSION)); // a new file records it
    QTemporaryDir dir;
    Document document;
    if (!dir.isValid() || document.create(dir.filePath(QStringLiteral("views.roundtable"))))
        return lines;
    {
        MainWindow window(&document, false);
        for (Workspace* ws : window.workspaces())
            lines.append(ws->viewNames());
    }
    document.close();
    return lines;
}

} // namespace rt::gui
