#!/bin/sh
# Adds the jiannuo start options, then hands over to the image's own entrypoint.sh
# (which runs java with the image's memory flags and $JVM_ARGS).
# Per-instance settings come from the environment so one image serves every node:
#   PAYARA_INSTANCE_NAME      Hazelcast member name (default: $HOSTNAME, the container id)
#   PAYARA_CLUSTER_MODE       e.g. tcpip:app1:6900,app2:6900 (unset: Payara's default, multicast)
#   PAYARA_HZ_PUBLIC_ADDRESS  only when members must reach this node through NAT
# pre-boot-commands.asadmin (web/src/main/payara, copied beside this script's home) turns the product banner off.
set -e
cd "${HOME_DIR:-/opt/payara}"
set -- --deploy "${DEPLOY_DIR:-/opt/payara/deployments}/jiannuo.war" --contextRoot / \
    --name "${PAYARA_INSTANCE_NAME:-${HOSTNAME:-jiannuo}}" --clusterName jiannuo --startPort 6900 \
    --disablePhoneHome --prebootcommandfile pre-boot-commands.asadmin "$@"
if [ -n "${PAYARA_CLUSTER_MODE:-}" ]; then
    set -- "$@" --clusterMode "$PAYARA_CLUSTER_MODE"
fi
if [ -n "${PAYARA_HZ_PUBLIC_ADDRESS:-}" ]; then
    set -- "$@" --hzPublicAddress "$PAYARA_HZ_PUBLIC_ADDRESS"
fi
exec /bin/sh ./entrypoint.sh "$@"
