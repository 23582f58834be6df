#!/usr/bin/env node
// Waits until a Kafka broker answers admin.describeCluster(), polling (never a
// fixed sleep), then warms up its group and producer-id coordinators. Used by
// infra/kafka/start.sh.
//
//   node infra/kafka/wait-ready.cjs [brokers] [timeoutSeconds]
//
// brokers:        comma-separated host:port list (default $KAFKA_BROKERS or
//                 127.0.0.1:$KAFKA_PORT or 127.0.0.1:19092)
// timeoutSeconds: overall deadline (default $KAFKA_START_TIMEOUT_SECONDS or 120)
// KAFKA_BROKER_PID: if set, give up at once when that process has exited.
//
// Exit 0 when ready, 1 on timeout or if the broker process died. Messages go
// to stderr; stdout stays empty.
'use strict';

const { Kafka, logLevel } = require('kafkajs');

const brokers = (
  process.argv[2] ||
  process.env.KAFKA_BROKERS ||
  `127.0.0.1:${process.env.KAFKA_PORT || '19092'}`
)
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const timeoutSeconds = Number(process.argv[3] || process.env.KAFKA_START_TIMEOUT_SECONDS || 120);
const brokerPid = process.env.KAFKA_BROKER_PID ? Number(process.env.KAFKA_BROKER_PID) : undefined;

if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
  console.error(`[kafka:wait-ready] invalid timeout: ${process.argv[3]}`);
  process.exit(2);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function processAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if (err.code !== 'EPERM') return false;
  }
  try {
    // A zombie still answers kill(pid, 0); /proc tells it apart (Linux only).
    const stat = require('fs').readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

// Few, short retries: the outer loop does the waiting. (kafkajs needs at least
// one retry for FindCoordinator, whose first try only fills the broker pool.)
const RETRY = { retries: 2, initialRetryTime: 100, maxRetryTime: 500 };

function client() {
  return new Kafka({
    clientId: 'rehab-kafka-wait-ready',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 2000,
    retry: RETRY,
  });
}

// Phase 1: the broker answers metadata requests and has registered itself.
async function describeCluster() {
  const admin = client().admin({ retry: RETRY });
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    if (!cluster.brokers || cluster.brokers.length === 0) throw new Error('no brokers registered yet');
    return cluster;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

// Phase 2: warm up the two coordinators a fresh broker creates lazily, so the
// first test does not pay for it (and kafkajs does not log "The group
// coordinator is not available" / "The coordinator is loading" at it):
//  - FindCoordinator for a group creates and loads __consumer_offsets;
//  - an idempotent producer's InitProducerId makes the broker fetch its first
//    block of producer ids from the controller.
// Neither leaves a group, topic or record behind.
async function warmUp() {
  const kafka = client();
  const admin = kafka.admin({ retry: RETRY });
  try {
    await admin.connect();
    await admin.describeGroups(['rehab-kafka-wait-ready']);
  } finally {
    await admin.disconnect().catch(() => {});
  }
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    retry: RETRY,
  });
  try {
    await producer.connect();
  } finally {
    await producer.disconnect().catch(() => {});
  }
}

async function main() {
  const started = Date.now();
  const deadline = started + timeoutSeconds * 1000;
  const phases = [
    ['describeCluster', describeCluster],
    ['coordinator warm-up', warmUp],
  ];
  let attempts = 0;
  let cluster;
  for (const [name, fn] of phases) {
    let lastError = 'no attempt made';
    let done = false;
    while (!done && Date.now() < deadline) {
      attempts += 1;
      try {
        const result = await fn();
        if (name === 'describeCluster') cluster = result;
        done = true;
        break;
      } catch (err) {
        lastError = (err && err.message) || String(err);
      }
      if (brokerPid !== undefined && !processAlive(brokerPid)) {
        console.error(`[kafka:wait-ready] broker process ${brokerPid} exited before it became ready`);
        return 1;
      }
      await sleep(Math.min(250, Math.max(0, deadline - Date.now())));
    }
    if (!done) {
      console.error(
        `[kafka:wait-ready] ${brokers.join(',')} not ready after ${timeoutSeconds} s ` +
          `(${name} failed ${attempts} attempt(s) in all); last error: ${lastError}`,
      );
      return 1;
    }
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.error(
    `[kafka:wait-ready] ${brokers.join(',')} ready after ${secs} s ` +
      `(${attempts} attempt(s), cluster ${cluster.clusterId}, controller ${cluster.controller})`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[kafka:wait-ready] unexpected error: ${(err && err.stack) || err}`);
    process.exit(1);
  },
);
