// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QPointer>
#include <memory>
#include <vector>

namespace rt {

class Document;
enum class Kind;

/**
 * The driver diagram of one aim as a tree: primary drivers at the top level, their secondary
 * drivers below, and change ideas below those. It follows the store's signals; every edit
 * (add, rename, link an idea, delete, reorder) is one undoable command on the document.
 */
class DriverTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1, DepthRole, IdeaIdRole };
    /** Depth 0 primary driver, 1 secondary driver, 2 change idea. */
    static constexpr int MaxDepth = 2;

    explicit DriverTreeModel(Document* document, QObject* parent = nullptr);
    ~DriverTreeModel() override;

    void setAim(qint64 aimId);
    qint64 aimId() const { return m_aim; }

    QModelIndex indexOf(qint64 id) const;
    qint64 idOf(const QModelIndex& index) const;
    int depthOf(const QModelIndex& index) const;
    /** "Primary driver", "Secondary driver", "Change idea" (translated). */
    static QString depthName(int depth);

    /** Adds a child under @p parent (invalid: a primary driver) at the end; returns its id or 0. */
    qint64 addChild(const QModelIndex& parent, const QString& text, qint64 ideaId = 0);
    /** Adds a sibling just after @p index; returns its id or 0. */
    qint64 addSibling(const QModelIndex& index, const QString& text);
    bool removeNode(const QModelIndex& index);
    /** Moves a node among its siblings by @p delta places. */
    bool moveNode(const QModelIndex& index, int delta);
    /** Makes a change idea refer to a PICK idea, taking its text (0 unlinks). */
    bool linkIdea(const QModelIndex& index, qint64 ideaId);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

public slots:
    void reload();

private:
    struct Node
    {
        qint64 id = 0;
        Node* parent = nullptr;
        std::vector<Node*> children;
        QString text;
        qint64 ideaId = 0;
        int depth = -1;
        int row = 0;
    };
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOfNode(const Node* node) const;
    void onRowsChanged(Kind kind);
    void onRowUpdated(Kind kind, qint64 id, const QString& column);

    QPointer<Document> m_document;
    qint64 m_aim = 0;
    Node m_root;
    std::vector<std::unique_ptr<Node>> m_nodes;
};

} // namespace rt
