// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ConflictsDialog.h"

#include "commands/MergeEdits.h"
#include "models/ConflictModel.h"
#include "session/Document.h"
#include "store/IdentityRepository.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rt {

namespace {

/** A read-only box for a value: the whole text, line breaks kept, a few lines high. */
QPlainTextEdit* valueBox(const QString& name, QWidget* parent)
{
    auto* box = new QPlainTextEdit(parent);
    box->setReadOnly(true);
    box->setTabChangesFocus(true);
    box->setAccessibleName(name);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * 4 + 2 * box->frameWidth() + 8);
    return box;
}

} // namespace

int ConflictsDialog::count(Document* document)
{
    if (!document || !document->store())
        return 0;
    return int(IdentityRepository(*document->store()).conflicts().size());
}

ConflictsDialog::ConflictsDialog(Document* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_model(new ConflictModel(document, this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Merge Conflicts"));
    resize(980, 620);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("conflictList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setTabKeyNavigation(false); // Tab leaves the list for the buttons
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Merge conflicts"));
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(ConflictModel::WhatColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ConflictModel::InUseColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ConflictModel::InUseFromColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ConflictModel::OtherColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ConflictModel::OtherFromColumn, QHeaderView::Interactive);
    // The values get the room; who and when are elided here (in full below and in the tooltip).
    const int em = fontMetrics().averageCharWidth();
    header->resizeSection(ConflictModel::WhatColumn, 32 * em);
    header->resizeSection(ConflictModel::InUseFromColumn, 22 * em);
    header->resizeSection(ConflictModel::OtherFromColumn, 22 * em);

    // The selected conflict, whole: the two values side by side.
    auto* selected = new QGroupBox(tr("Selected"), this);
    auto* selectedLayout = new QVBoxLayout(selected);
    m_what = new QLabel(selected);
    m_what->setObjectName(QStringLiteral("conflictWhat"));
    m_what->setWordWrap(true);
    QFont bold = m_what->font();
    bold.setBold(true);
    m_what->setFont(bold);
    selectedLayout->addWidget(m_what);
    auto* sides = new QHBoxLayout;
    auto* inUseSide = new QVBoxLayout;
    auto* inUseLabel = new QLabel(tr("In use now"), selected);
    m_inUse = valueBox(tr("In use now"), selected);
    m_inUse->setObjectName(QStringLiteral("conflictInUse"));
    inUseLabel->setBuddy(m_inUse);
    m_inUseFrom = new QLabel(selected);
    m_inUseFrom->setWordWrap(true);
    inUseSide->addWidget(inUseLabel);
    inUseSide->addWidget(m_inUse);
    inUseSide->addWidget(m_inUseFrom);
    inUseSide->addStretch(1);
    auto* otherSide = new QVBoxLayout;
    auto* otherLabel = new QLabel(tr("Other value"), selected);
    m_other = valueBox(tr("Other value"), selected);
    m_other->setObjectName(QStringLiteral("conflictOther"));
    otherLabel->setBuddy(m_other);
    m_otherFrom = new QLabel(selected);
    m_otherFrom->setWordWrap(true);
    m_use = new QPushButton(tr("&Use This Value"), selected);
    m_use->setObjectName(QStringLiteral("useConflictValue"));
    m_use->setAutoDefault(false); // Enter in the list does not change the session
    auto* otherFoot = new QHBoxLayout;
    otherFoot->addWidget(m_otherFrom, 1);
    otherFoot->addWidget(m_use, 0, Qt::AlignTop);
    otherSide->addWidget(otherLabel);
    otherSide->addWidget(m_other);
    otherSide->addLayout(otherFoot);
    otherSide->addStretch(1);
    sides->addLayout(inUseSide, 1);
    sides->addLayout(otherSide, 1);
    selectedLayout->addLayout(sides);
    m_why = new QLabel(selected);
    m_why->setObjectName(QStringLiteral("conflictWhy"));
    m_why->setWordWrap(true);
    selectedLayout->addWidget(m_why);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(selected);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_use, &QPushButton::clicked, this, &ConflictsDialog::useSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictsDialog::showSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConflictsDialog::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && currentRow() < 0)
            select(0);
        showSelected();
    });
    if (m_model->rowCount() > 0)
        select(0);
    showSelected();
    m_view->setFocus(Qt::OtherFocusReason);
}

void ConflictsDialog::select(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int ConflictsDialog::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ConflictsDialog::showSelected()
{
    const int n = m_model->rowCount();
    m_summary->setText(
        n == 0 ? tr("No conflicts: no field of this session was changed differently on two laptops.")
               : tr("%n field(s) were changed differently on two laptops. The merge kept the later change; "
                    "the other value is listed beside it. Use the other value where it is the right one: the "
                    "two then swap places, and Edit → Undo takes it back.",
                    nullptr, n));
    const int row = currentRow();
    const auto text = [this, row](int column) {
        return row < 0 ? QString() : m_model->index(row, column).data(ConflictModel::FullTextRole).toString();
    };
    m_what->setText(row < 0 ? tr("Nothing selected") : text(ConflictModel::WhatColumn));
    m_inUse->setPlainText(text(ConflictModel::InUseColumn));
    m_inUseFrom->setText(text(ConflictModel::InUseFromColumn));
    m_other->setPlainText(text(ConflictModel::OtherColumn));
    m_otherFrom->setText(text(ConflictModel::OtherFromColumn));
    m_use->setEnabled(row >= 0 && m_model->isUsable(row));
    const QString why = row < 0 ? QString() : m_model->unusableReason(row);
    m_why->setText(why);
    m_why->setVisible(!why.isEmpty());
}

bool ConflictsDialog::useSelected()
{
    const int row = currentRow();
    if (!m_document || row < 0 || !m_model->isUsable(row))
        return false;
    const bool done = edit::useConflictValue(*m_document, m_model->conflict(row));
    m_model->reload(); // the undo stack said so already; a refused step changes nothing either
    select(std::min(row, m_model->rowCount() - 1));
    return done;
}

} // namespace rt
