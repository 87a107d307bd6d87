// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/Merge.h"
#include "interchange/MergeCheck.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace rt {

/**
 * File → Merge Files…: the organiser picks the files from every table's laptop and a new output
 * file. Every input is checked first (a bad file is named and nothing starts); the check says
 * which inputs are copies of one session (merged row by row) and which are other sessions, and
 * lists the tables, places and polls found in more than one session with the choice of what to
 * do. The merge runs on a worker thread behind a cancellable progress dialog, and the report is
 * shown: what needs a look first (conflicts, rows left out), then a line per file, then the
 * counts, duplicates, skipped files and differences, with an offer to open the merged file (and,
 * when two laptops changed a field differently, to review those conflicts in it).
 *
 * The steps are public so tests drive it without any modal dialog: setInputs(), setOutput(),
 * check(), merge().
 */
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MergeDialog(QWidget* parent = nullptr);

    void setInputs(const QStringList& paths);
    QStringList inputs() const { return m_inputs; }
    void setOutput(const QString& path);
    QString output() const;
    void setDuplicates(Merge::Duplicates policy);
    Merge::Duplicates duplicates() const;

    /** Checks the output name and opens every input read-only; shows what it found (or the
     *  bad file). @return false when the merge cannot start */
    bool check();
    const MergeCheck::Result& checkResult() const { return m_check; }
    QString checkMessage() const;

    /** Checks, then runs the merge off the GUI thread with a progress dialog (Cancel stops it,
     *  nothing written) and shows the report page. Returns when the merge has finished. */
    Merge::Report merge();
    const Merge::Report& report() const { return m_report; }
    /** The report as the user reads it; @p polls: duplicate polls found by check(), which the
     *  merge combines (or, keeping both, keeps once per file). */
    static QString reportText(const Merge::Report& report, const QString& output,
                              const QList<MergeCheck::Duplicate>& polls = {});

    /** Shows @p report (of a merge into output()) on the report page; merge() does it. */
    void showReport(const Merge::Report& report);
    /** What the check page says about the inputs' sessions: copies of one session, other sessions. */
    QString sessionsMessage() const;

    /** The merged file, when the user chose "Open Merged File"; empty otherwise. */
    QString fileToOpen() const { return m_fileToOpen; }
    /** True when the user chose to open the merged file and review its conflicts. */
    bool reviewConflicts() const { return m_reviewConflicts; }

public slots:
    void reject() override;

private:
    void addFiles();
    void removeFiles();
    void chooseOutput();
    void showInputs();
    void showCheck();
    void startMerge();
    void updateButtons();

    QStringList m_inputs;
    MergeCheck::Result m_check;
    QString m_checkError; ///< the output's problem, or the bad input's
    Merge::Report m_report;
    QString m_fileToOpen;
    bool m_reviewConflicts = false;
    bool m_running = false;

    QStackedWidget* m_pages = nullptr;
    QListWidget* m_inputList = nullptr;
    QPushButton* m_remove = nullptr;
    QLineEdit* m_output = nullptr;
    QLabel* m_checkLabel = nullptr;
    QLabel* m_sessionsLabel = nullptr;
    QTreeWidget* m_duplicateList = nullptr;
    QButtonGroup* m_policy = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_mergeButton = nullptr;
    QPlainTextEdit* m_reportText = nullptr;
    QLabel* m_reportHeading = nullptr;
    QDialogButtonBox* m_reportButtons = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_openReview = nullptr;
};

} // namespace rt
