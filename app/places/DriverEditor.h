// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QPushButton;
class QTreeView;

namespace rt {

class AimHeader;
class Document;
class DriverDiagramView;
class DriverTreeModel;
class RowListModel;

/** The driver diagram page of one aim: a tree editor beside the diagram it draws. */
class DriverEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DriverEditor(Document* document, QWidget* parent = nullptr);
    ~DriverEditor() override;

    void setAim(qint64 aimId);
    qint64 aimId() const;
    DriverTreeModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    DriverDiagramView* diagram() const { return m_diagram; }

    /** Adds below the selection: a primary driver if nothing is selected. Returns the new id. */
    qint64 addChild();
    qint64 addSibling();
    bool removeSelected();
    bool moveSelected(int delta);
    /** Links the selected change idea to the PICK idea in the combo, or adds it as a change idea
     *  under the selected secondary driver. */
    bool useIdea();

private:
    QModelIndex current() const;
    void select(qint64 driverId, bool edit);
    void refreshButtons();

    QPointer<Document> m_document;
    DriverTreeModel* m_model;
    RowListModel* m_ideas;
    AimHeader* m_header;
    QTreeView* m_tree;
    DriverDiagramView* m_diagram;
    QComboBox* m_ideaCombo;
    QPushButton* m_addChild;
    QPushButton* m_addSibling;
    QPushButton* m_delete;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_useIdea;
};

} // namespace rt
