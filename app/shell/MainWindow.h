// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/Templates.h"
#include "session/SessionFile.h"

#include <QMainWindow>
#include <QMessageBox>
#include <memory>

class QAction;
class QLabel;
class QListView;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace rt {

class Document;
class NavigationModel;
class SaveBanner;
class Workspace;

/**
 * The Roundtable window: a navigation pane listing the six workspaces in agenda order (Agenda,
 * Tables, Places, Polls, Data pack, Export), the pages in a stack, the menus, and a status bar
 * with the file path and whether it is read-only. Without an open session it shows a welcome
 * page (new from template, open, recent sessions).
 *
 * The window shows either a document it was given (not owned; e.g. for screenshots) or one it
 * opened itself (owned). A file is opened into a fresh Document first, so a refused file leaves
 * the session on screen as it was. The workspaces are rebuilt for every session opened.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Action {
        NewFromTemplate,
        Open,
        SaveCopy,
        CloseSession,
        Quit,
        Undo,
        Redo,
        FullScreen,
        About,
        AboutQt,
        GoAgenda,
        GoTables,
        GoPlaces,
        GoPolls,
        GoDataPack,
        GoExport,
        MuteSound,
        MergeFiles,
        EventDetails,
        ActionCount
    };
    /** What a message asks the user (the hook showMessage() answers it). */
    struct Message
    {
        QMessageBox::Icon icon = QMessageBox::Information;
        QString title;
        QString text; ///< one line naming the file and the reason
        QString informativeText; ///< what the user can do
        bool offerReadOnly = false;
        bool offerCloseAnyway = false; ///< Close Anyway / Cancel
    };
    enum class Choice { Ok, OpenReadOnly, CloseAnyway, Cancel };

    /** @param document an open session to show (not owned), or null to start on the welcome page
     *  @param useSettings false: neither read nor write the user's settings (screenshots) */
    explicit MainWindow(Document* document = nullptr, bool useSettings = true, QWidget* parent = nullptr);
    ~MainWindow() override;

    /** The shell's own view names, in navigation order: agenda, tables, places, polls, datapack, export. */
    static QStringList pageKeys();

    Document* document() const { return m_document; }
    bool hasSession() const;

    /** Opens @p path (refusals are explained through showMessage(); Locked and ReadOnlyFile offer
     *  a read-only view). On failure the current session stays as it was. */
    bool openFile(const QString& path, SessionFile::Mode mode = SessionFile::Mode::ReadWrite);
    /** Creates @p target from @p chosen (replacing a file the user agreed to replace) and opens it. */
    bool createSession(const Templates::Template& chosen, const QString& target);
    /** Writes a consistent copy of the open session to @p target; the session stays open as it is. */
    bool saveCopyTo(const QString& target);
    /** Closes the session and shows the welcome page. */
    void closeSession();

    QAction* action(Action which) const { return m_actions[which]; }
    NavigationModel* navigationModel() const { return m_navigationModel; }
    QListView* navigationView() const { return m_navigation; }
    QList<Workspace*> workspaces() const { return m_workspaces; }
    int currentPage() const;
    Workspace* currentWorkspace() const;
    void setCurrentPage(int page);

    /** Brings @p view to the front: a page name, or a workspace's own view (e.g. "table:1").
     *  @return false with @p error when no page or workspace knows it */
    bool showView(const QString& view, QString* error);

    /** Puts the window where the user left it (Settings: geometry and state); saved on close. */
    void restoreWindowSettings();

    /** The dialog showMessage() runs: Ok, or "Open Read-Only" (object name "openReadOnly") and Cancel. */
    static QMessageBox* createMessageBox(const Message& message, QWidget* parent = nullptr);

    /** The last message shown (for tests and the status bar). */
    QString lastMessage() const { return m_lastMessage; }

signals:
    /** A session was opened or closed. */
    void sessionChanged();
    void currentPageChanged(int page);

protected:
    /** Shows @p message modally and returns the choice; tests override it to answer without a dialog. */
    virtual Choice showMessage(const Message& message);
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    QWidget* createWelcomePage();
    QWidget* createSessionArea();
    void setDocument(Document* document, std::unique_ptr<Document> owned);
    void buildPages();
    void clearPages();
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void updateLanguageMenu();
    void updateWelcomeRecent();
    void rememberRecent(const QString& path);
    void openRecent(const QString& path);
    Choice report(const Message& message);

    void newFromTemplate();
    void openDialog();
    void saveCopy();
    void mergeFiles();
    void editEvent();
    void about();

    Document* m_document = nullptr;
    std::unique_ptr<Document> m_ownedDocument;
    bool m_useSettings = true;

    QAction* m_actions[ActionCount] = {};
    QMenu* m_recentMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QUndoGroup* m_undoGroup = nullptr;

    QStackedWidget* m_central = nullptr; // welcome page | session area
    QWidget* m_welcome = nullptr;
    QListWidget* m_welcomeRecent = nullptr;
    QWidget* m_sessionArea = nullptr;
    QListView* m_navigation = nullptr;
    NavigationModel* m_navigationModel = nullptr;
    QStackedWidget* m_pages = nullptr;
    QList<Workspace*> m_workspaces;

    QLabel* m_eventLabel = nullptr;
    QLabel* m_eventDetails = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_modeIcon = nullptr;
    QLabel* m_modeLabel = nullptr;
    SaveBanner* m_saveBanner = nullptr;
    QString m_lastMessage;
};

} // namespace rt
