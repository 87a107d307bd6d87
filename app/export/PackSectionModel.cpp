// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/PackSectionModel.h"

#include "commands/EventEdits.h"
#include "session/Document.h"
#include "slides/DeckBuilder.h"
#include "store/Columns.h"
#include "store/Store.h"

namespace rt {

PackSectionModel::PackSectionModel(Document* document, QObject* parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_settings(slides::PackSettings::defaults())
{
    reload();
}

void PackSectionModel::reload()
{
    const Store* store = m_document && m_document->isOpen() ? m_document->store() : nullptr;
    const QList<Row> events = store ? store->rows(Kind::Event) : QList<Row>();
    const slides::PackSettings next = events.isEmpty()
        ? slides::PackSettings::defaults()
        : slides::PackSettings::fromJson(events.first().str(col::ExportSettings));
    if (next == m_settings)
        return;
    beginResetModel();
    m_settings = next;
    endResetModel();
}

int PackSectionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_settings.order.size());
}

QVariant PackSectionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_settings.order.size())
        return {};
    const QString key = m_settings.order.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return slides::sectionLabel(key);
    case Qt::CheckStateRole:
        return m_settings.omitted.contains(key) ? Qt::Unchecked : Qt::Checked;
    case KeyRole:
        return key;
    default:
        return {};
    }
}

bool PackSectionModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.row() >= m_settings.order.size())
        return false;
    slides::PackSettings next = m_settings;
    const QString key = m_settings.order.at(index.row());
    if (value.toInt() == Qt::Checked)
        next.omitted.remove(key);
    else
        next.omitted.insert(key);
    return store(next);
}

Qt::ItemFlags PackSectionModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_document && m_document->isOpen() && !m_document->isReadOnly())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool PackSectionModel::move(int row, int step)
{
    const int to = row + step;
    if (row < 0 || to < 0 || row >= m_settings.order.size() || to >= m_settings.order.size())
        return false;
    slides::PackSettings next = m_settings;
    next.order.move(row, to);
    return store(next);
}

bool PackSectionModel::setCaveat(const QString& caveat)
{
    slides::PackSettings next = m_settings;
    next.caveat = caveat.trimmed();
    return store(next);
}

bool PackSectionModel::restoreDefaults()
{
    return store(slides::PackSettings::defaults());
}

bool PackSectionModel::store(const slides::PackSettings& settings)
{
    if (!m_document || !m_document->isOpen() || m_document->isReadOnly() || settings == m_settings)
        return false;
    // The store's rowUpdated signal brings the new settings back through reload().
    const bool ok = edit::setExportSettings(*m_document, settings.toJson());
    reload();
    return ok;
}

} // namespace rt
