// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/Templates.h"
#include "session/SessionFile.h"
#include "shell/SessionActions.h"

#include <QMainWindow>
#include <QMessageBox>
#include <memory>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoGroup;

namespace rt {

class AgendaWorkspace;
class Document;
class NavigationModel;
class PollsWorkspace;
class RoomController;
class SaveBanner;
class SessionSidebar;
class WelcomePage;
class Workspace;

/**
 * The Roundtable window: a navigation pane listing the six workspaces in agenda order (Agenda,
 * Tables, Places, Polls, Data pack, Export), the pages in a stack, the menus, and a status bar
 * with the file path and whether it is read-only. Without an open session it shows a welcome
 * page (new from template, open, recent sessions).
 *
 * The window shows either a document it was given (not owned; e.g. for screenshots) or one it
 * opened itself (owned). What may be opened, created or copied is SessionActions' to say; the
 * window runs the file dialogs and shows its messages. The workspaces are rebuilt for every
 * session opened and are wired to each other by their Page, never by their row.
 *
 * The class is written in three files: MainWindow.cpp (the session on screen, the title and
 * status bar, messages), MainWindowPages.cpp (the workspaces, one per Page, and bringing a page
 * or view to the front) and MainWindowMenus.cpp (the actions, the menus and the dialogs they open).
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
        StartRun,
        StopRun,
        ShowProjector,
        GoPickChart,
        ReviewActions,
        NewEventFromSession,
        Cut,
        Copy,
        Paste,
        SelectAll,
        UserGuide,
        ShowToolBar,
        ActionCount
    };
    /** The pages, each wired by this name; pages() gives their order in the navigation pane. */
    enum class Page { Agenda, Tables, Places, Polls, DataPack, Export };
    /** What a message asks the user (the hook showMessage() answers it). */
    using Message = SessionActions::Message;
    using Choice = SessionActions::Choice;

    /** @param document an open session to show (not owned), or null to start on the welcome page
     *  @param useSettings false: neither read nor write the user's settings (screenshots) */
    explicit MainWindow(Document* document = nullptr, bool useSettings = true, QWidget* parent = nullptr);
    ~MainWindow() override;

    /** The pages in navigation order: Agenda, Tables, Places, Polls, Data pack, Export. */
    static QList<Page> pages();
    /** The shell's own view name of @p page: "agenda", "tables", "places", "polls", "datapack", "export". */
    static QString pageKey(Page page);
    /** The shell's own view names, in navigation order. */
    static QStringList pageKeys();

    Document* document() const { return m_document; }
    bool hasSession() const;

    /** Opens @p path (refusals are explained through showMessage(); Locked and ReadOnlyFile offer
     *  a read-only view). On failure the current session stays as it was. */
    bool openFile(const QString& path, SessionFile::Mode mode = SessionFile::Mode::ReadWrite);
    /** Creates @p target from @p chosen (replacing a file the user agreed to replace) and opens it. */
    bool createSession(const Templates::Template& chosen, const QString& target);
    /** Starts the next event's session at @p target from the open one (places, aims, open actions
     *  with their history; tables and notes fresh) and opens it. False, with a message, if not. */
    bool newEventFromSessionTo(const QString& target);
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
    /** The path the title and status bar name (a picture of a copy names the original). */
    void setShownPath(const QString& path);

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
    // MainWindowMenus.cpp: the actions and menus, and the dialogs they open.
    void createActions();
    void createPageActions();
    void createRunActions();
    void addRunMenu();
    void connectActions();
    void createMenus();
    void createEditActions();
    void createToolBar();
    void updateEditActions();
    void showUserGuide();
    void updateRecentMenu();
    void updateLanguageMenu();
    void newFromTemplate();
    void openDialog();
    void saveCopy();
    void newEventFromSession();
    void mergeFiles();
    void editEvent();
    void about();
    static Action goAction(Page page);
    static QString pageMenuName(Page page);

    // MainWindowPages.cpp: the workspaces of the open session.
    Workspace* createWorkspace(Page page);
    void buildPages();
    void connectProjectorPoll();
    void clearPages();
    void showPage(Page page);

    // MainWindow.cpp: the session on screen.
    QWidget* createSessionArea();
    void createStatusBar();
    void setDocument(Document* document, std::unique_ptr<Document> owned);
    void connectDocument();
    void updateTitle();
    void updateSaveIndicator();
    QString shownPath() const;
    void updateActions();
    void updateWelcomeRecent();
    Choice report(const Message& message);

    Document* m_document = nullptr;
    std::unique_ptr<Document> m_ownedDocument;
    bool m_useSettings = true;
    std::unique_ptr<SessionActions> m_sessionActions;

    QAction* m_actions[ActionCount] = {};
    QMenu* m_recentMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QToolBar* m_toolBar = nullptr;

    QStackedWidget* m_central = nullptr; // welcome page | session area
    WelcomePage* m_welcome = nullptr;
    QWidget* m_sessionArea = nullptr;
    SessionSidebar* m_sidebar = nullptr;
    QListView* m_navigation = nullptr;
    NavigationModel* m_navigationModel = nullptr;
    QStackedWidget* m_pages = nullptr;
    QList<Workspace*> m_workspaces; // in navigation order
    // The pages wired to each other (the projector's poll), by type; null without a session.
    AgendaWorkspace* m_agenda = nullptr;
    PollsWorkspace* m_polls = nullptr;

    QLabel* m_pathLabel = nullptr;
    QString m_shownPath; ///< empty: the document's own path
    QLabel* m_modeIcon = nullptr;
    QLabel* m_modeLabel = nullptr;
    SaveBanner* m_saveBanner = nullptr;
    RoomController* m_room = nullptr;
    QString m_lastMessage;
};

} // namespace rt
