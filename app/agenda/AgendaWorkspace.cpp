// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/AgendaWorkspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rt {

AgendaWorkspace::AgendaWorkspace(Document* document, QWidget* parent)
    : Workspace(document, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Agenda"), this));
}

QString AgendaWorkspace::title() const
{
    return tr("Agenda");
}

} // namespace rt
