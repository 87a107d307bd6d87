// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/DriverEditor.h"
#include "shell/ReadOnly.h"

#include "domain/Kind.h"
#include "models/DriverTreeModel.h"
#include "models/RowListModel.h"
#include "places/AimHeader.h"
#include "places/DriverDiagramView.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace rt {

DriverEditor::DriverEditor(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new DriverTreeModel(document, this))
    , m_ideas(new RowListModel(document, Kind::Idea, {col::Text}, this))
    , m_header(new AimHeader(document, tr("<i>Choose an aim to see its driver diagram.</i>"), this))
    , m_tree(new QTreeView(this))
    , m_diagram(new DriverDiagramView(document, m_model, this))
    , m_ideaCombo(new QComboBox(this))
    , m_addChild(new QPushButton(tr("Add below"), this))
    , m_addSibling(new QPushButton(tr("Add alongside"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
    , m_useIdea(new QPushButton(tr("Use idea"), this))
{
    m_ideas->setFilter({{col::AimId, qint64(0)}});
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_tree->setAccessibleName(tr("Driver tree"));
    m_ideaCombo->setModel(m_ideas);
    m_ideaCombo->setToolTip(tr("An idea from this aim's PICK chart"));
    m_ideaCombo->setAccessibleName(tr("PICK idea to use"));
    m_ideaCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ideaCombo->setMinimumContentsLength(16);
    m_delete->setAccessibleName(tr("Delete driver or change idea"));
    m_up->setAccessibleName(tr("Move driver up"));
    m_down->setAccessibleName(tr("Move driver down"));
    m_addChild->setToolTip(tr("Add a driver or change idea under the selected one (Insert)"));
    for (QWidget* w : {m_addChild, m_addSibling, m_delete, m_up, m_down, m_useIdea})
        readonly::marksEdit(w);
    m_addSibling->setToolTip(tr("Add one at the same level after the selected one (Ctrl+Enter)"));
    m_useIdea->setToolTip(tr("Make the selected change idea the chosen PICK idea, "
                             "or add it under the selected secondary driver"));

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_addChild, 0, 0);
    buttons->addWidget(m_addSibling, 0, 1);
    buttons->addWidget(m_delete, 0, 2);
    buttons->addWidget(m_up, 1, 0);
    buttons->addWidget(m_down, 1, 1);
    auto* ideaRow = new QHBoxLayout;
    ideaRow->addWidget(m_ideaCombo, 1);
    ideaRow->addWidget(m_useIdea);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addLayout(buttons);
    leftLayout->addLayout(ideaRow);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_diagram);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({330, 900});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);

    connect(m_addChild, &QPushButton::clicked, this, &DriverEditor::addChild);
    connect(m_addSibling, &QPushButton::clicked, this, &DriverEditor::addSibling);
    connect(m_delete, &QPushButton::clicked, this, &DriverEditor::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_useIdea, &QPushButton::clicked, this, &DriverEditor::useIdea);
    auto shortcut = [this](const QKeySequence& keys, auto fn) {
        auto* s = new QShortcut(keys, m_tree);
        s->setContext(Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, fn);
    };
    shortcut(QKeySequence(Qt::Key_Insert), [this] { addChild(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { addSibling(); });
    shortcut(QKeySequence(QKeySequence::Delete), [this] { removeSelected(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveSelected(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveSelected(1); });
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DriverEditor::refreshButtons);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DriverEditor::refreshButtons);
    connect(m_ideas, &QAbstractItemModel::modelReset, this, &DriverEditor::refreshButtons);
    connect(m_ideas, &QAbstractItemModel::rowsInserted, this, &DriverEditor::refreshButtons);
    connect(m_ideas, &QAbstractItemModel::rowsRemoved, this, &DriverEditor::refreshButtons);
    connect(m_diagram, &DriverDiagramView::driverClicked, this, [this](qint64 id) { select(id, false); });
    connect(m_header, &AimHeader::statementChanged, m_diagram, &DriverDiagramView::setAimText);
    m_diagram->setAimText({});
    refreshButtons();
}

DriverEditor::~DriverEditor()
{
    m_tree->selectionModel()->disconnect(this);
    m_model->disconnect(this);
    m_ideas->disconnect(this);
}

void DriverEditor::setAim(qint64 aimId)
{
    m_model->setAim(aimId);
    m_ideas->setFilter({{col::AimId, aimId}});
    m_header->setAim(aimId);
    m_tree->expandAll();
}

qint64 DriverEditor::aimId() const
{
    return m_model->aimId();
}

QModelIndex DriverEditor::current() const
{
    return m_tree->currentIndex();
}

void DriverEditor::select(qint64 driverId, bool edit)
{
    const QModelIndex i = m_model->indexOf(driverId);
    if (!i.isValid())
        return;
    m_tree->expandAll();
    m_tree->setCurrentIndex(i);
    m_tree->scrollTo(i);
    if (edit)
        m_tree->edit(i);
}

void DriverEditor::refreshButtons()
{
    const QModelIndex i = current();
    const int depth = m_model->depthOf(i);
    const bool hasAim = aimId() > 0;
    m_addChild->setEnabled(hasAim && depth < DriverTreeModel::MaxDepth);
    m_addChild->setText(depth < 0 ? tr("Add primary driver")
                                  : tr("Add %1").arg(DriverTreeModel::depthName(depth + 1).toLower()));
    m_addSibling->setEnabled(hasAim && i.isValid());
    m_delete->setEnabled(i.isValid());
    m_up->setEnabled(i.isValid() && i.row() > 0);
    m_down->setEnabled(i.isValid() && i.row() + 1 < m_model->rowCount(i.parent()));
    m_useIdea->setEnabled(m_ideas->rowCount() > 0 && depth >= 1);
    m_useIdea->setText(depth == 1 ? tr("Add idea as change idea") : tr("Use idea"));
}

qint64 DriverEditor::addChild()
{
    const int depth = m_model->depthOf(current()) + 1;
    const qint64 id
        = m_model->addChild(current(), tr("New %1").arg(DriverTreeModel::depthName(depth).toLower()));
    if (id)
        select(id, true);
    return id;
}

qint64 DriverEditor::addSibling()
{
    const int depth = std::max(0, m_model->depthOf(current()));
    const qint64 id
        = m_model->addSibling(current(), tr("New %1").arg(DriverTreeModel::depthName(depth).toLower()));
    if (id)
        select(id, true);
    return id;
}

bool DriverEditor::removeSelected()
{
    const QModelIndex i = current();
    if (!i.isValid())
        return false;
    const qint64 nextId = m_model->idOf(i.siblingAtRow(i.row() > 0 ? i.row() - 1 : i.row() + 1));
    const qint64 parentId = m_model->idOf(i.parent());
    if (!m_model->removeNode(i))
        return false;
    select(nextId ? nextId : parentId, false);
    return true;
}

bool DriverEditor::moveSelected(int delta)
{
    const qint64 id = m_model->idOf(current());
    if (!m_model->moveNode(current(), delta))
        return false;
    select(id, false);
    return true;
}

bool DriverEditor::useIdea()
{
    const QModelIndex i = current();
    const qint64 ideaId = m_ideas->idAt(m_ideaCombo->currentIndex());
    if (!i.isValid() || ideaId <= 0)
        return false;
    const int depth = m_model->depthOf(i);
    if (depth == 1) {
        const QString text = m_document->store()->row(Kind::Idea, ideaId).str(col::Text);
        const qint64 id = m_model->addChild(i, text, ideaId);
        if (id)
            select(id, false);
        return id != 0;
    }
    if (depth < 1)
        return false;
    const qint64 id = m_model->idOf(i);
    const bool ok = m_model->linkIdea(i, ideaId);
    select(id, false);
    return ok;
}

} // namespace rt
