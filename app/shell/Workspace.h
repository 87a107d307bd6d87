// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace rt {

class Document;

/**
 * One page of the main window (Agenda, Tables, Places, Polls, Data pack, Export). The main
 * window owns them in the navigation order; each shows the open document through models.
 */
class Workspace : public QWidget
{
    Q_OBJECT
public:
    explicit Workspace(Document* document, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_document(document)
    { }

    /** The name in the navigation pane (translated). */
    virtual QString title() const = 0;
    /** The `screenshot --view` names this workspace can show, with a one-line description each. */
    virtual QStringList viewNames() const { return {}; }
    /** Brings @p view (e.g. "table:3") to the front of this workspace; false if not ours or
     *  out of range (then @p error says why). */
    virtual bool showView(const QString& view, QString* error)
    {
        Q_UNUSED(view)
        Q_UNUSED(error)
        return false;
    }

protected:
    Document* document() const { return m_document; }

private:
    Document* m_document;
};

} // namespace rt
