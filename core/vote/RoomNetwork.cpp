// SPDX-License-Identifier: GPL-3.0-or-later
#include "vote/RoomNetwork.h"

#include <QNetworkInterface>

namespace rt::vote {

bool RoomNetwork::isVirtualOrVpn(const QString& interfaceName)
{
    static const char* const prefixes[]
        = {// VPNs and tunnels
           "tun", "tap", "wg", "ppp", "tailscale", "zt", "utun", "ipsec", "gpd", "nordlynx", "proton",
           "mullvad", "vti", "gre", "sit", "ip6tnl",
           // containers
           "docker", "br-", "veth", "cni", "flannel", "cali", "weave", "kube", "podman", "lxc", "lxd",
           "incus", "cilium", "vxlan",
           // virtual machines
           "virbr", "vboxnet", "vmnet", "vnet", "macvtap", "anbox", "waydroid"};
    const QString name = interfaceName.toLower();
    for (const char* p : prefixes) {
        if (name.startsWith(QLatin1String(p)))
            return true;
    }
    return false;
}

QList<RoomAddress> RoomNetwork::addresses()
{
    QList<RoomAddress> room, other, local;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& i : interfaces) {
        const auto flags = i.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning))
            continue;
        const bool loopback = flags.testFlag(QNetworkInterface::IsLoopBack);
        const bool virtualOrVpn = !loopback
            && (isVirtualOrVpn(i.name()) || i.type() == QNetworkInterface::Virtual
                || i.type() == QNetworkInterface::Ppp || flags.testFlag(QNetworkInterface::IsPointToPoint));
        const QList<QNetworkAddressEntry> entries = i.addressEntries();
        for (const QNetworkAddressEntry& e : entries) {
            if (e.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            const RoomAddress a {e.ip(), i.name(), i.humanReadableName(), loopback, virtualOrVpn};
            (loopback ? local : virtualOrVpn ? other : room).append(a);
        }
    }
    return room + other + local;
}

RoomAddress RoomNetwork::chooseDefault(const QList<RoomAddress>& addresses, QString* why)
{
    QStringList skipped;
    for (const RoomAddress& a : addresses) {
        if (a.virtualOrVpn)
            skipped.append(a.interfaceName);
    }
    const QString passedOver = skipped.isEmpty() ? QString()
                                                 : QLatin1Char(' ')
            + tr("Passed over as VPN, container or virtual-machine networks, which phones are not on: %1.")
                  .arg(skipped.join(QStringLiteral(", ")));
    for (const RoomAddress& a : addresses) {
        if (!a.loopback && !a.virtualOrVpn) {
            if (why)
                *why = tr("Chose %1 (%2): the first network that is up and is not a VPN, container or "
                          "virtual machine. Use --bind to choose another.")
                           .arg(a.address.toString(), a.interfaceName)
                    + passedOver;
            return a;
        }
    }
    if (why)
        *why = tr("Chose 127.0.0.1 (this computer only): no room network is up, so phones cannot reach "
                  "it. Join the room's Wi-Fi or start a hotspot, or use --bind.")
            + passedOver;
    return {QHostAddress(QHostAddress::LocalHost), QStringLiteral("lo"), QStringLiteral("lo"), true, false};
}

} // namespace rt::vote
