// SPDX-License-Identifier: GPL-3.0-or-later
#include "polls/PollsWorkspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rt {

PollsWorkspace::PollsWorkspace(Document* document, QWidget* parent)
    : Workspace(document, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Polls"), this));
}

QString PollsWorkspace::title() const
{
    return tr("Polls");
}

} // namespace rt
