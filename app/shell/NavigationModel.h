// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QIcon>

namespace rt {

/**
 * The pages of the main window in agenda order, for the navigation pane: one row per page with
 * its name, icon and shortcut hint. The main window fills it whenever it (re)builds its pages.
 */
class NavigationModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { KeyRole = Qt::UserRole + 1 };

    struct Entry
    {
        QString key; ///< the shell's view name: "agenda", "tables" …
        QString title; ///< translated page name
        QIcon icon;
        QString shortcut; ///< e.g. "Ctrl+1", shown as a tool tip
    };

    explicit NavigationModel(QObject* parent = nullptr);

    void setEntries(const QList<Entry>& entries);
    const QList<Entry>& entries() const { return m_entries; }
    /** The row of @p key, or -1. */
    int rowOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QList<Entry> m_entries;
};

} // namespace rt
