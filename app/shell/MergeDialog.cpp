// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MergeDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <atomic>
#include <memory>

namespace rt {

namespace {

QString sessionFilter()
{
    return MergeDialog::tr("Roundtable sessions (*.roundtable)");
}

} // namespace

MergeDialog::MergeDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge Files"));
    resize(760, 660);

    m_pages = new QStackedWidget(this);
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_pages);

    // Page 1: inputs, output, what was found, the choice.
    auto* setup = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(setup);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("Combine the session files from every table's laptop into one new file. "
                                "The files you pick are only read; nothing is written until every one "
                                "of them has been checked."),
                             setup);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* inputsBox = new QGroupBox(tr("Files to merge"), setup);
    auto* inputsLayout = new QHBoxLayout(inputsBox);
    m_inputList = new QListWidget(inputsBox);
    m_inputList->setObjectName(QStringLiteral("mergeInputs"));
    m_inputList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_inputList->setAccessibleName(tr("Files to merge"));
    auto* inputButtons = new QVBoxLayout;
    auto* add = new QPushButton(tr("&Add Files…"), inputsBox);
    m_remove = new QPushButton(tr("&Remove"), inputsBox);
    inputButtons->addWidget(add);
    inputButtons->addWidget(m_remove);
    inputButtons->addStretch(1);
    inputsLayout->addWidget(m_inputList, 1);
    inputsLayout->addLayout(inputButtons);
    layout->addWidget(inputsBox, 1);

    auto* outputBox = new QGroupBox(tr("New merged file"), setup);
    auto* outputLayout = new QHBoxLayout(outputBox);
    m_output = new QLineEdit(outputBox);
    m_output->setObjectName(QStringLiteral("mergeOutput"));
    m_output->setPlaceholderText(tr("Choose where to save the merged session"));
    m_output->setAccessibleName(tr("New merged file"));
    auto* browse = new QPushButton(tr("&Choose…"), outputBox);
    outputLayout->addWidget(m_output, 1);
    outputLayout->addWidget(browse);
    layout->addWidget(outputBox);

    m_checkLabel = new QLabel(setup);
    m_checkLabel->setObjectName(QStringLiteral("mergeCheck"));
    m_checkLabel->setWordWrap(true);
    m_checkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_checkLabel);
    m_sessionsLabel = new QLabel(setup);
    m_sessionsLabel->setObjectName(QStringLiteral("mergeSessions"));
    m_sessionsLabel->setWordWrap(true);
    m_sessionsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_sessionsLabel);

    auto* dupBox = new QGroupBox(tr("Found in more than one session"), setup);
    auto* dupLayout = new QVBoxLayout(dupBox);
    m_duplicateList = new QTreeWidget(dupBox);
    m_duplicateList->setObjectName(QStringLiteral("mergeDuplicates"));
    m_duplicateList->setRootIsDecorated(false);
    m_duplicateList->setHeaderLabels({tr("Table, place or poll"), tr("Files")});
    m_duplicateList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_duplicateList->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_duplicateList->setAccessibleName(tr("Found in more than one session"));
    m_duplicateList->setMinimumHeight(m_duplicateList->fontMetrics().lineSpacing() * 6);
    dupLayout->addWidget(m_duplicateList);
    auto* choice = new QLabel(tr("For every table (same number and topic) and place (same name) that is in "
                                 "more than one session:"),
                              dupBox);
    choice->setWordWrap(true);
    dupLayout->addWidget(choice);
    m_policy = new QButtonGroup(this);
    const QList<QPair<Merge::Duplicates, QString>> choices {
        {Merge::Duplicates::Combine,
         tr("C&ombine them: one table or place holding every file's notes, aims "
            "and actions")},
        {Merge::Duplicates::KeepBoth, tr("Keep &both, side by side (tidy them afterwards)")},
        {Merge::Duplicates::KeepFirst, tr("Keep the &first file's only; skip the later copies")}};
    for (const auto& [policy, text] : choices) {
        auto* radio = new QRadioButton(text, dupBox);
        m_policy->addButton(radio, int(policy));
        dupLayout->addWidget(radio);
    }
    m_policy->button(int(Merge::Duplicates::Combine))->setChecked(true);
    auto* note = new QLabel(tr("This choice applies to every duplicate at once: the merge cannot decide "
                               "table by table. A poll asked on several laptops (same question, kind "
                               "and options) becomes one poll holding every file's votes unless you keep "
                               "both; a phone that voted on two laptops counts once, with its later vote."),
                            dupBox);
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("mergePolicyNote"));
    dupLayout->addWidget(note);
    layout->addWidget(dupBox, 3);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, setup);
    m_mergeButton = m_buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_mergeButton->setDefault(true);
    layout->addWidget(m_buttons);
    m_pages->addWidget(setup);

    // Page 2: the report.
    auto* done = new QWidget(m_pages);
    auto* doneLayout = new QVBoxLayout(done);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    m_reportHeading = new QLabel(done);
    m_reportHeading->setWordWrap(true);
    QFont bold = m_reportHeading->font();
    bold.setBold(true);
    m_reportHeading->setFont(bold);
    m_reportText = new QPlainTextEdit(done);
    m_reportText->setObjectName(QStringLiteral("mergeReport"));
    m_reportText->setReadOnly(true);
    m_reportText->setAccessibleName(tr("Merge report"));
    m_reportButtons = new QDialogButtonBox(QDialogButtonBox::Close, done);
    m_open = m_reportButtons->addButton(tr("&Open Merged File"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openMerged"));
    m_open->setDefault(true);
    // Shown when two laptops changed a field differently: the organiser's next step.
    m_openReview = m_reportButtons->addButton(tr("Open and &Review Conflicts"), QDialogButtonBox::AcceptRole);
    m_openReview->setObjectName(QStringLiteral("openReviewConflicts"));
    m_openReview->setToolTip(tr("Opens the merged file and lists the fields two laptops changed "
                                "differently, so you can choose the other value where it is right"));
    m_openReview->hide();
    doneLayout->addWidget(m_reportHeading);
    doneLayout->addWidget(m_reportText, 1);
    doneLayout->addWidget(m_reportButtons);
    m_pages->addWidget(done);

    connect(add, &QPushButton::clicked, this, &MergeDialog::addFiles);
    connect(m_remove, &QPushButton::clicked, this, &MergeDialog::removeFiles);
    connect(browse, &QPushButton::clicked, this, &MergeDialog::chooseOutput);
    connect(m_inputList, &QListWidget::itemSelectionChanged, this, &MergeDialog::updateButtons);
    connect(m_output, &QLineEdit::textChanged, this, &MergeDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mergeButton, &QPushButton::clicked, this, &MergeDialog::startMerge);
    connect(m_reportButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        m_fileToOpen = output();
        m_reviewConflicts = false;
        accept();
    });
    connect(m_openReview, &QPushButton::clicked, this, [this] {
        m_fileToOpen = output();
        m_reviewConflicts = true;
        accept();
    });
    showInputs();
}

void MergeDialog::setInputs(const QStringList& paths)
{
    m_inputs.clear();
    for (const QString& p : paths) {
        const QString absolute = QFileInfo(p).absoluteFilePath();
        if (!m_inputs.contains(absolute))
            m_inputs << absolute;
    }
    showInputs();
    if (!m_inputs.isEmpty())
        check();
}

QString MergeDialog::output() const
{
    const QString text = m_output->text().trimmed();
    return text.isEmpty() ? QString() : QFileInfo(text).absoluteFilePath();
}

void MergeDialog::setOutput(const QString& path)
{
    m_output->setText(QDir::toNativeSeparators(path));
}

void MergeDialog::setDuplicates(Merge::Duplicates policy)
{
    m_policy->button(int(policy))->setChecked(true);
}

Merge::Duplicates MergeDialog::duplicates() const
{
    return Merge::Duplicates(m_policy->checkedId());
}

void MergeDialog::showInputs()
{
    m_inputList->clear();
    for (const QString& p : std::as_const(m_inputs)) {
        auto* item = new QListWidgetItem(QFileInfo(p).fileName(), m_inputList);
        item->setToolTip(QDir::toNativeSeparators(p));
        item->setData(Qt::UserRole, p);
    }
    updateButtons();
}

void MergeDialog::updateButtons()
{
    m_remove->setEnabled(!m_running && !m_inputList->selectedItems().isEmpty());
    m_mergeButton->setEnabled(!m_running && !m_inputs.isEmpty() && !m_output->text().trimmed().isEmpty());
}

void MergeDialog::addFiles()
{
    const QString folder = m_inputs.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_inputs.last()).absolutePath();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Files to Merge"), folder, sessionFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (!paths.isEmpty())
        setInputs(m_inputs + paths);
}

void MergeDialog::removeFiles()
{
    QStringList keep = m_inputs;
    for (const QListWidgetItem* item : m_inputList->selectedItems())
        keep.removeAll(item->data(Qt::UserRole).toString());
    setInputs(keep);
    if (m_inputs.isEmpty()) {
        m_check = {};
        m_checkError.clear();
        showCheck();
    }
}

void MergeDialog::chooseOutput()
{
    const QString folder = m_inputs.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_inputs.first()).absolutePath();
    // The merge writes a new file only: an existing name is refused by check(), not replaced.
    QString path = QFileDialog::getSaveFileName(this, tr("Merged Session"),
                                                QDir(folder).filePath(tr("merged.roundtable")),
                                                sessionFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".roundtable"), Qt::CaseInsensitive))
        path += QLatin1String(".roundtable");
    setOutput(path);
}

bool MergeDialog::check()
{
    m_checkError.clear();
    m_check = MergeCheck::run(m_inputs);
    const QString out = output();
    if (m_check.ok) {
        if (out.isEmpty())
            m_checkError = tr("Choose the new merged file.");
        else if (m_inputs.contains(out))
            m_checkError = tr("%1 is one of the files to merge; choose a new name for the merged file.")
                               .arg(QDir::toNativeSeparators(out));
        else if (QFileInfo::exists(out))
            m_checkError = tr("%1 already exists; the merge writes a new file: choose another name.")
                               .arg(QDir::toNativeSeparators(out));
        else if (!QFileInfo(QFileInfo(out).absolutePath()).isDir())
            m_checkError = tr("%1 cannot be written: the folder %2 does not exist.")
                               .arg(QDir::toNativeSeparators(out),
                                    QDir::toNativeSeparators(QFileInfo(out).absolutePath()));
    } else {
        m_checkError = m_check.error;
    }
    showCheck();
    return m_check.ok && m_checkError.isEmpty();
}

QString MergeDialog::checkMessage() const
{
    if (!m_checkError.isEmpty())
        return m_checkError;
    if (!m_check.ok)
        return {};
    const QString files = tr("%n file(s) checked", nullptr, int(m_inputs.size()));
    return tr("%1: %2 tables, %3 notes, %4 places, %5 polls, %6 votes in all.")
        .arg(files)
        .arg(m_check.tables)
        .arg(m_check.notes)
        .arg(m_check.places)
        .arg(m_check.polls)
        .arg(m_check.votes);
}

void MergeDialog::showCheck()
{
    m_checkLabel->setText(checkMessage());
    // The bad input stands out in the list and in the message.
    const bool bad = !m_checkError.isEmpty() && !m_check.ok;
    QPalette pal = palette();
    if (!m_checkError.isEmpty() && (!m_check.ok || !m_output->text().trimmed().isEmpty()))
        // A dark red on a light window (6.9:1 on white), a light red on a dark one (6:1 on #2b2b2e).
        pal.setColor(QPalette::WindowText,
                     pal.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                   : QColor(0xb0, 0x00, 0x20));
    m_checkLabel->setPalette(pal);
    for (int i = 0; i < m_inputList->count(); ++i) {
        QListWidgetItem* item = m_inputList->item(i);
        const bool isBad
            = bad && item->data(Qt::UserRole).toString() == QFileInfo(m_check.badFile).absoluteFilePath();
        QFont f = item->font();
        f.setBold(isBad);
        item->setFont(f);
        item->setText(
            isBad ? tr("%1 — cannot be merged").arg(QFileInfo(item->data(Qt::UserRole).toString()).fileName())
                  : QFileInfo(item->data(Qt::UserRole).toString()).fileName());
    }
    m_duplicateList->clear();
    for (const MergeCheck::Duplicate& d : std::as_const(m_check.duplicates)) {
        const QString files = d.files.join(QStringLiteral(", "));
        auto* item = new QTreeWidgetItem(m_duplicateList, {d.label, files});
        item->setToolTip(0, d.label);
        item->setToolTip(1, files);
    }
    if (m_check.ok && m_check.duplicates.isEmpty())
        new QTreeWidgetItem(m_duplicateList,
                            {m_check.sessions.size() > 1
                                 ? tr("Nothing is in more than one session.")
                                 : tr("Nothing to match by name: the files are copies of one session."),
                             QString()});
    m_sessionsLabel->setText(sessionsMessage());
    m_sessionsLabel->setVisible(!m_sessionsLabel->text().isEmpty());
    // The choice is about duplicates between sessions: with none, there is nothing to choose.
    const bool choose = !m_check.ok || !m_check.duplicates.isEmpty();
    for (QAbstractButton* b : m_policy->buttons())
        b->setEnabled(choose);
}

QString MergeDialog::sessionsMessage() const
{
    if (!m_check.ok || m_check.sessions.isEmpty())
        return {};
    const QList<MergeCheck::Session>& sessions = m_check.sessions;
    if (sessions.size() == 1 && sessions.first().files.size() == 1)
        return {};
    QStringList lines;
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const MergeCheck::Session& g = sessions.at(i);
        const QString files = g.files.join(QStringLiteral(", "));
        const int n = int(g.files.size());
        if (i == 0)
            lines << (n > 1 ? tr("%n copies of one session (%1): merged row by row.", nullptr, n).arg(files)
                            : tr("One session: %1.").arg(files));
        else
            lines << (n > 1 ? tr("Another session, %n copies (%1): matched with the others by name.", nullptr,
                                 n)
                                  .arg(files)
                            : tr("Another session (%1): matched with the others by name.").arg(files));
    }
    return lines.join(QLatin1Char('\n'));
}

QString MergeDialog::reportText(const Merge::Report& r, const QString& output,
                                const QList<MergeCheck::Duplicate>& polls)
{
    if (!r.ok)
        return r.error;
    QStringList lines;
    // What needs a look first (conflicts, rows left out), then a line per file: Report::lines().
    const QStringList all = r.lines();
    const qsizetype look = std::min(all.size(), r.conflicts.size() + r.refusals.size());
    if (look > 0) {
        lines << tr("Needs a look (%1):").arg(look);
        for (const QString& line : all.mid(0, look))
            lines << QStringLiteral("  • ") + line;
        if (!r.conflicts.isEmpty())
            lines << tr("  Open the merged file to choose between the two values of each conflict "
                        "(Edit → Merge Conflicts…).");
        lines << QString();
    }
    if (all.size() > look) {
        lines << tr("Files:");
        for (const QString& line : all.mid(look))
            lines << QStringLiteral("  • ") + line;
        lines << QString();
    }
    lines << tr("Merged %n source(s) into %1.", nullptr, int(r.sources.size()))
                 .arg(QDir::toNativeSeparators(output));
    lines << tr("Added: %1 tables, %2 notes, %3 places, %4 aims, %5 ideas, %6 drivers, %7 actions, %8 polls, "
                "%9 votes.")
                 .arg(r.added.value(Kind::Table))
                 .arg(r.added.value(Kind::Note))
                 .arg(r.added.value(Kind::Place))
                 .arg(r.added.value(Kind::Aim))
                 .arg(r.added.value(Kind::Idea))
                 .arg(r.added.value(Kind::Driver))
                 .arg(r.added.value(Kind::Action))
                 .arg(r.added.value(Kind::Poll))
                 .arg(r.added.value(Kind::Vote));
    auto section = [&lines](const QString& heading, const QStringList& items) {
        if (items.isEmpty())
            return;
        lines << QString() << heading;
        for (const QString& item : items)
            lines << QStringLiteral("  • ") + item;
    };
    section(tr("Sources, in order:"), r.sources);
    section(tr("Duplicates (%1):").arg(r.duplicates.size()), r.duplicates);
    const bool apart = r.policy == Merge::Duplicates::KeepBoth;
    QStringList samePolls;
    for (const MergeCheck::Duplicate& d : polls) {
        if (d.what == MergeCheck::Duplicate::Poll)
            samePolls << (apart ? tr("%1: one per file (%2)") : tr("%1: one poll with the votes of %2"))
                             .arg(d.label, d.files.join(QStringLiteral(", ")));
    }
    section(apart ? tr("Polls asked in more than one file, kept separately with their own votes (%1):")
                        .arg(samePolls.size())
                  : tr("Polls asked in more than one file, combined into one poll each (%1):")
                        .arg(samePolls.size()),
            samePolls);
    if (!apart && r.voteClashes > 0)
        lines << tr("%n device(s) had voted in more than one file's copy of a poll; each counts once, "
                    "with its later vote.",
                    nullptr, r.voteClashes);
    section(tr("Skipped (%1):").arg(r.skipped.size()), r.skipped);
    section(tr("Differences from the first file (%1):").arg(r.differences.size()), r.differences);
    return lines.join(QLatin1Char('\n'));
}

Merge::Report MergeDialog::merge()
{
    m_report = {};
    if (!check()) {
        m_report.error = m_checkError;
        return m_report;
    }
    m_running = true;
    updateButtons();
    m_pages->widget(0)->setEnabled(false);

    const QString out = output();
    const QStringList in = m_inputs;
    const Merge::Duplicates policy = duplicates();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto* progress = new QProgressDialog(tr("Checking the files…"), tr("Cancel"), 0, 1, this);
    progress->setWindowTitle(tr("Merging"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    QPointer<QProgressDialog> guard(progress);

    // The worker reports through queued calls: the progress dialog is only touched on this thread.
    Merge::Report result;
    QThread* worker = QThread::create([&result, out, in, policy, cancelled, guard] {
        result = Merge::run(out, in, policy, [cancelled, guard](int done, int total, const QString& step) {
            if (guard) {
                QMetaObject::invokeMethod(
                    guard.data(),
                    [guard, done, total, step] {
                        if (!guard)
                            return;
                        guard->setMaximum(total);
                        guard->setValue(done);
                        guard->setLabelText(step);
                    },
                    Qt::QueuedConnection);
            }
            return !*cancelled;
        });
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(); // the progress dialog's Cancel must get through
    worker->wait();
    delete worker;
    delete progress;

    m_report = result;
    m_running = false;
    m_pages->widget(0)->setEnabled(true);
    updateButtons();
    if (m_report.ok) {
        showReport(m_report);
    } else {
        m_checkError = m_report.error;
        showCheck();
    }
    return m_report;
}

void MergeDialog::showReport(const Merge::Report& report)
{
    m_report = report;
    const QString out = output();
    m_reportHeading->setText(tr("The merged session is ready: %1").arg(QDir::toNativeSeparators(out)));
    m_reportText->setPlainText(reportText(report, out, m_check.duplicates));
    const bool conflicts = !report.conflicts.isEmpty();
    m_openReview->setVisible(conflicts);
    m_openReview->setDefault(conflicts);
    m_open->setDefault(!conflicts);
    m_pages->setCurrentIndex(1);
    (conflicts ? m_openReview : m_open)->setFocus(Qt::OtherFocusReason);
}

void MergeDialog::reject()
{
    if (!m_running) // the merge finishes or is cancelled first
        QDialog::reject();
}

void MergeDialog::startMerge()
{
    merge();
}

} // namespace rt
