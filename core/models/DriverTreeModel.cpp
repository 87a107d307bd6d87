// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DriverTreeModel.h"

#include "commands/RowCommands.h"
#include "domain/Kind.h"
#include "models/StoreAttachment.h"
#include "session/Document.h"
#include "store/Store.h"

#include <QHash>

namespace rt {

namespace {
/** A null QString is bound as SQL NULL; driver text is NOT NULL. */
QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
const QString AimId = QStringLiteral("aim_id");
const QString ParentId = QStringLiteral("parent_id");
const QString Text = QStringLiteral("text");
const QString IdeaId = QStringLiteral("idea_id");
} // namespace

DriverTreeModel::DriverTreeModel(Document* document, QObject* parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    followStore(
        this, document,
        [this](Store& store) {
            connectStore(store, this, &DriverTreeModel::onRowsChanged, &DriverTreeModel::onRowUpdated,
                         &DriverTreeModel::reload);
            reload();
        },
        [this] {
            beginResetModel();
            m_nodes.clear();
            m_root.children.clear();
            endResetModel();
        });
}

DriverTreeModel::~DriverTreeModel() = default;

void DriverTreeModel::setAim(qint64 aimId)
{
    m_aim = aimId;
    reload();
}

void DriverTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_root.children.clear();
    m_root.depth = -1;
    if (m_aim > 0 && m_document && m_document->store()) {
        // Rows come ordered by position within each parent; link them up in one pass, then
        // attach each to its parent (a parent may come after its children in this order).
        const QList<Row> rows = m_document->store()->rows(Kind::Driver, {{AimId, m_aim}});
        QHash<qint64, Node*> byId;
        for (const Row& r : rows) {
            auto node = std::make_unique<Node>();
            node->id = r.id;
            node->text = r.str(Text);
            node->ideaId = r.ref(IdeaId);
            byId.insert(r.id, node.get());
            m_nodes.push_back(std::move(node));
        }
        for (size_t i = 0; i < m_nodes.size(); ++i) {
            const qint64 parentId = rows[int(i)].ref(ParentId);
            Node* parentNode = parentId ? byId.value(parentId, nullptr) : &m_root;
            if (!parentNode)
                continue; // a dangling parent cannot happen with foreign keys on; skip it if it does
            m_nodes[i]->parent = parentNode;
            parentNode->children.push_back(m_nodes[i].get());
        }
        // Depths and rows, breadth first from the root; nodes too deep stay (shown at depth 2+).
        std::vector<Node*> queue {&m_root};
        for (size_t q = 0; q < queue.size(); ++q) {
            Node* n = queue[q];
            for (size_t c = 0; c < n->children.size(); ++c) {
                n->children[c]->depth = n->depth + 1;
                n->children[c]->row = int(c);
                queue.push_back(n->children[c]);
            }
        }
    }
    endResetModel();
}

void DriverTreeModel::onRowsChanged(Kind kind)
{
    if (kind == Kind::Driver)
        reload();
}

void DriverTreeModel::onRowUpdated(Kind kind, qint64 id, const QString& column)
{
    if (kind == Kind::Idea && column == Text) {
        // A linked change idea without its own text shows the idea's text.
        for (const auto& n : m_nodes) {
            if (n->ideaId == id) {
                const QModelIndex i = indexOfNode(n.get());
                emit dataChanged(i, i);
            }
        }
        return;
    }
    if (kind != Kind::Driver || !m_document || !m_document->store())
        return;
    Node* node = nullptr;
    for (const auto& n : m_nodes) {
        if (n->id == id)
            node = n.get();
    }
    if (!node) {
        if (column == AimId)
            reload(); // a driver moved into this aim
        return;
    }
    if (column == AimId || column == ParentId) {
        reload();
        return;
    }
    const Row r = m_document->store()->row(Kind::Driver, id);
    node->text = r.str(Text);
    node->ideaId = r.ref(IdeaId);
    const QModelIndex i = indexOfNode(node);
    emit dataChanged(i, i);
}

DriverTreeModel::Node* DriverTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return const_cast<Node*>(&m_root);
    return static_cast<Node*>(index.internalPointer());
}

QModelIndex DriverTreeModel::indexOfNode(const Node* node) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(node->row, 0, const_cast<Node*>(node));
}

QModelIndex DriverTreeModel::indexOf(qint64 id) const
{
    for (const auto& n : m_nodes) {
        if (n->id == id && n->parent)
            return indexOfNode(n.get());
    }
    return {};
}

qint64 DriverTreeModel::idOf(const QModelIndex& index) const
{
    return index.isValid() ? nodeOf(index)->id : 0;
}

int DriverTreeModel::depthOf(const QModelIndex& index) const
{
    return index.isValid() ? nodeOf(index)->depth : -1;
}

QString DriverTreeModel::depthName(int depth)
{
    switch (depth) {
    case 0:
        return tr("Primary driver");
    case 1:
        return tr("Secondary driver");
    default:
        return tr("Change idea");
    }
}

qint64 DriverTreeModel::addChild(const QModelIndex& parent, const QString& text, qint64 ideaId)
{
    if (!m_document || !m_document->store() || m_aim <= 0)
        return 0;
    const Node* p = nodeOf(parent);
    if (p->depth >= MaxDepth)
        return 0;
    QVariantMap values {
        {AimId, m_aim}, {ParentId, p->id ? QVariant(p->id) : QVariant()}, {Text, nonNull(text)}};
    if (ideaId > 0)
        values.insert(IdeaId, ideaId);
    auto* cmd = new InsertRowCommand(m_document->store(), Kind::Driver, values, -1,
                                     tr("Add %1").arg(depthName(p->depth + 1).toLower()));
    if (!m_document->push(cmd))
        return 0;
    return cmd->rowId();
}

qint64 DriverTreeModel::addSibling(const QModelIndex& index, const QString& text)
{
    if (!index.isValid())
        return addChild({}, text);
    if (!m_document || !m_document->store() || m_aim <= 0)
        return 0;
    const Node* n = nodeOf(index);
    const QVariantMap values {{AimId, m_aim},
                              {ParentId, n->parent->id ? QVariant(n->parent->id) : QVariant()},
                              {Text, nonNull(text)}};
    auto* cmd = new InsertRowCommand(m_document->store(), Kind::Driver, values, n->row + 1,
                                     tr("Add %1").arg(depthName(n->depth).toLower()));
    if (!m_document->push(cmd))
        return 0;
    return cmd->rowId();
}

bool DriverTreeModel::removeNode(const QModelIndex& index)
{
    if (!index.isValid() || !m_document || !m_document->store())
        return false;
    const Node* n = nodeOf(index);
    return m_document->push(new RemoveRowCommand(m_document->store(), Kind::Driver, n->id,
                                                 tr("Delete %1").arg(depthName(n->depth).toLower())));
}

bool DriverTreeModel::moveNode(const QModelIndex& index, int delta)
{
    if (!index.isValid() || !m_document || !m_document->store())
        return false;
    const Node* n = nodeOf(index);
    const int target = n->row + delta;
    if (delta == 0 || target < 0 || target >= int(n->parent->children.size()))
        return false;
    return m_document->push(
        new MoveRowCommand(m_document->store(), Kind::Driver, n->id, {}, target, tr("Reorder drivers")));
}

bool DriverTreeModel::linkIdea(const QModelIndex& index, qint64 ideaId)
{
    if (!index.isValid() || !m_document || !m_document->store())
        return false;
    const Node* n = nodeOf(index);
    QVariantMap values {{IdeaId, ideaId > 0 ? QVariant(ideaId) : QVariant()}};
    if (ideaId > 0) {
        const Row idea = m_document->store()->row(Kind::Idea, ideaId);
        if (!idea.isValid() || idea.ref(AimId) != m_aim)
            return false;
        values.insert(Text, nonNull(idea.str(Text)));
    }
    return m_document->push(
        new EditRowCommand(m_document->store(), Kind::Driver, n->id, values, tr("Link change idea")));
}

QModelIndex DriverTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node* p = nodeOf(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)]);
}

QModelIndex DriverTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int DriverTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int DriverTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant DriverTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (n->text.isEmpty() && n->ideaId && role == Qt::DisplayRole && m_document && m_document->store())
            return m_document->store()->row(Kind::Idea, n->ideaId).str(Text);
        return n->text;
    case Qt::ToolTipRole: {
        QString tip = depthName(n->depth);
        if (n->ideaId && m_document && m_document->store())
            tip += QLatin1Char('\n')
                + tr("From the PICK chart: %1")
                      .arg(m_document->store()->row(Kind::Idea, n->ideaId).str(Text));
        return tip;
    }
    case IdRole:
        return n->id;
    case DepthRole:
        return n->depth;
    case IdeaIdRole:
        return n->ideaId;
    default:
        return {};
    }
}

bool DriverTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document
        || !m_document->store())
        return false;
    const Node* n = nodeOf(index);
    if (n->text == value.toString())
        return true;
    return m_document->push(new EditRowCommand(m_document->store(), Kind::Driver, n->id,
                                               {{Text, nonNull(value.toString())}},
                                               tr("Edit %1").arg(depthName(n->depth).toLower())));
}

QVariant DriverTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Drivers and change ideas");
    return {};
}

Qt::ItemFlags DriverTreeModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (index.isValid() && m_document && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace rt
