// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/PackSettings.h"

#include <QAbstractListModel>

namespace rt {

class Document;

/**
 * The summary pack's sections as the session keeps them (event.export_settings): one checkable row
 * per section, in pack order. Ticking a row or moving it is an undoable edit of the session
 * ("Change export settings"), so the window and `roundtable export` of the file give the same pack.
 */
class PackSectionModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { KeyRole = Qt::UserRole + 1 };

    explicit PackSectionModel(Document* document, QObject* parent = nullptr);
    /** Reads the settings from the open session (or the defaults). */
    void reload();
    const slides::PackSettings& settings() const { return m_settings; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /** Moves the section at @p row by @p step (−1 up, +1 down); false at either end. */
    bool move(int row, int step);
    /** The caveat's own words; empty for the pack's standard ones. */
    bool setCaveat(const QString& caveat);
    /** Back to the hand-made pack's order, every section, the standard caveat. */
    bool restoreDefaults();

private:
    bool store(const slides::PackSettings& settings);

    Document* m_document;
    slides::PackSettings m_settings;
};

} // namespace rt
