// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/Gui.h"

#include "shell/BidiStyle.h"
#include "shell/ConflictsDialog.h"
#include "shell/JoinRoomDialog.h"
#include "shell/LaptopDialog.h"
#include "shell/RoomController.h"
#include "shell/RoomDialog.h"

#include "shell/FirstPaintProbe.h"
#include "shell/Fonts.h"

#include "models/RowListModel.h"
#include "places/PlacesWorkspace.h"
#include "places/ReviewMode.h"
#include "session/Document.h"
#include "shell/MainWindow.h"
#include "shell/Settings.h"
#include "shell/SignalBridge.h"
#include "shell/Workspace.h"
#include <QRegularExpression>

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QSessionManager>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <csignal>
#include <cstdio>
#include <memory>

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
    // Without a translation for the locale (the C locale, say) the text is English, and
    // English's "1 vote" / "2 votes" come from roundtable_en: never "vote(s)".
    if (own->load(locale, QStringLiteral("roundtable"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/roundtable_en.qm")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

bool g_quitting = false;

/**
 * Ends the app the way Quit does, from wherever the event loop is: every modal dialog is rejected
 * (innermost first) and every event loop left, the windows close (saving their settings), and once
 * QApplication::exec() has returned the session closes (aboutToQuit): the WAL is checkpointed into
 * the one file and the lock released. Nothing is closed under a dialog that is still running.
 */
void quitCleanly()
{
    if (g_quitting)
        return;
    g_quitting = true;
    // The windows close without asking (MainWindow::closeEvent reads this): the session still
    // closes cleanly, with the WAL folded in and the lock released.
    qApp->setProperty("rt_quitNow", true);
    // A dialog that will not close (none should) must not keep the app alive: give up after a few.
    for (int i = 0; i < 64; ++i) {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            break;
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
        if (QApplication::activeModalWidget() == modal)
            modal->hide();
    }
    QApplication::closeAllWindows();
    // Leaves every running event loop (the dialogs' too); one started later returns at once.
    QCoreApplication::exit(0);
}

/** Tests only (RT_TEST_MODAL): prints "modal: CLASS" on stdout once a modal dialog is running; with
 *  RT_TEST_MODAL=event the event details dialog opens first, as if the user had opened it. */
void watchModal(MainWindow* window)
{
    auto* timer = new QTimer(window);
    QObject::connect(timer, &QTimer::timeout, timer, [timer] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            std::printf("modal: %s\n", modal->metaObject()->className());
            std::fflush(stdout);
            timer->stop();
        }
    });
    timer->start(20);
    if (qEnvironmentVariable("RT_TEST_MODAL") == QLatin1String("event"))
        QTimer::singleShot(0, window, [window] { window->action(MainWindow::EventDetails)->trigger(); });
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
    installScriptFonts();
    installBidiStyle();

    Settings& settings = Settings::instance();
    settings.adoptDevice();
    const QString language = settings.language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    installTranslations(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Run a facilitated seminar and publish its verbatim summary pack."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The session file to open."));
    parser.parse(QCoreApplication::arguments()); // unknown options are ignored, not fatal

    // A logout (SIGHUP, SIGTERM), `kill` or Ctrl+C ends the app like Quit: the session file is left
    // as one file without its lock, not as a crash would leave it.
    SignalBridge signalBridge({SIGTERM, SIGHUP, SIGINT});
    QObject::connect(&signalBridge, &SignalBridge::received, &app, [] { quitCleanly(); });
    // The desktop's session manager ends the session: do the same. (If the logout is then
    // cancelled, the app has still quit; every edit was already committed, nothing is lost.)
    QObject::connect(&app, &QGuiApplication::commitDataRequest, &app,
                     [](QSessionManager&) { quitCleanly(); });

    MainWindow window;
    // After the event loops have ended: close the session while the window still exists.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &window, [&window] { window.closeSession(); });
    window.restoreWindowSettings();
    window.show();
    if (qEnvironmentVariableIsSet("RT_TEST_MODAL"))
        watchModal(&window);
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first()); // may ask, in a modal message box, before exec()
    if (qEnvironmentVariableIsSet("RT_BENCH_FIRST_PAINT"))
        new FirstPaintProbe(&window, sinceStart);
    if (g_quitting) {
        // Asked to quit while that box was open: exec() would start a new loop and never end.
        window.closeSession();
        return 0;
    }
    return QApplication::exec();
}

namespace {
/** A dialog of the window at its own size, as it opens over it: to look at it (language, size). */
bool renderDialog(MainWindow& window, Document* document, const QString& view, QImage* out, QString* message)
{
    std::unique_ptr<QDialog> dialog;
    if (view == QLatin1String("dialog:conflicts"))
        dialog = std::make_unique<ConflictsDialog>(document, &window);
    else if (view == QLatin1String("dialog:laptop"))
        dialog = std::make_unique<LaptopDialog>(Settings::instance(), document, &window);
    else if (view == QLatin1String("dialog:room"))
        dialog = std::make_unique<RoomDialog>(window.findChild<RoomController*>(), document, &window);
    else if (view == QLatin1String("dialog:join"))
        dialog = std::make_unique<JoinRoomDialog>(window.findChild<RoomController*>(), document, &window);
    if (!dialog) {
        *message = tr("unknown view %1; see roundtable screenshot --help").arg(view);
        return false;
    }
    dialog->setAttribute(Qt::WA_DontShowOnScreen);
    dialog->show();
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    const QImage image = dialog->grab().toImage();
    if (out)
        *out = image;
    return !image.isNull();
}
/** Review mode (its own window) on place P's actions, at action N, at the window's size. */
bool renderReview(MainWindow& window, Document* document, const QString& view, const QSize& size, QImage* out,
                  QString* message)
{
    static const QRegularExpression form(QStringLiteral("^review:([0-9]+)(?::([0-9]+))?$"));
    const QRegularExpressionMatch m = form.match(view);
    if (!m.hasMatch()) {
        *message
            = tr("%1: expected review:P or review:P:N (places and actions are numbered from 1)").arg(view);
        return false;
    }
    // The tracker of that place checks the number and says what is wrong.
    if (!window.showView(QStringLiteral("tracker:%1").arg(m.captured(1)), message))
        return false;
    PlacesWorkspace* places = nullptr;
    for (Workspace* ws : window.workspaces()) {
        if (auto* p = qobject_cast<PlacesWorkspace*>(ws))
            places = p;
    }
    const qint64 placeId = places ? places->places()->idAt(m.captured(1).toInt() - 1) : 0;
    ReviewMode review(document, placeId);
    review.setAttribute(Qt::WA_DontShowOnScreen);
    review.resize(size);
    review.show();
    const int n = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    if (n < 1 || n > std::max(1, review.count())) {
        *message
            = tr("%1: the place has %2")
                  .arg(view, QCoreApplication::translate("rt::gui", "%n action(s)", nullptr, review.count()));
        return false;
    }
    review.showAction(n - 1);
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    const QImage image = review.grab().toImage();
    if (out)
        *out = image;
    return !image.isNull();
}
} // namespace

bool renderView(Document* document, const QString& view, const QSize& size, QImage* out, QString* error,
                const QString& shownPath)
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
    window.setShownPath(shownPath);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(wanted);
    window.show();
    QCoreApplication::processEvents();
    if (view.startsWith(QLatin1String("dialog:")))
        return renderDialog(window, document, view, out, &message);
    if (view.startsWith(QLatin1String("review:")))
        return renderReview(window, document, view, wanted, out, &message);
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
    lines.append(tr("dialog:conflicts — Edit ▸ Merge Conflicts…, at its own size"));
    lines.append(tr("dialog:laptop — File ▸ This Laptop…, at its own size"));
    lines.append(tr("dialog:room — Room ▸ Host a Room…, at its own size"));
    lines.append(tr("dialog:join — Room ▸ Join a Room…, at its own size"));
    document.close();
    return lines;
}

} // namespace rt::gui
