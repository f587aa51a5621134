#!/usr/bin/env python3
"""A PALM worker written the way pylm's Worker talks, independent of Palm Spring's code.

Reads the master's worker addresses from its cache, then takes jobs on PULL and sends
results on PUSH (PROTOCOL.md, 'Master and workers'). Function 'foo' answers
'<name> <payload>'; any other function gets pylm's error payload '0'.
Usage: palm_worker.py GENERATED_DIR MASTER_DB_ADDRESS NAME
"""
import sys
import uuid

sys.path.insert(0, sys.argv[1])
import zmq  # noqa: E402
import palm_pb2  # noqa: E402

DB, NAME = sys.argv[2], sys.argv[3]
context = zmq.Context()


def cache_get(key):
    req = context.socket(zmq.REQ)
    req.setsockopt(zmq.LINGER, 0)
    req.setsockopt(zmq.RCVTIMEO, 10000)
    req.connect(DB)
    message = palm_pb2.PalmMessage(pipeline=str(uuid.uuid4()), client=NAME, stage=0, function="_.get",
                                   payload=key.encode())
    req.send(message.SerializeToString())
    value = req.recv().decode()
    req.close()
    return value


jobs_address = cache_get("worker_push_address")
results_address = cache_get("worker_pull_address")
jobs = context.socket(zmq.PULL)
jobs.connect(jobs_address)
results = context.socket(zmq.PUSH)
results.setsockopt(zmq.LINGER, 1000)
results.connect(results_address)
print("WORKER READY jobs %s results %s" % (jobs_address, results_address), flush=True)

done = 0
while True:
    job = palm_pb2.PalmMessage()
    job.ParseFromString(jobs.recv())
    function = job.function.split(" ")[job.stage].split(".", 1)[1]
    if function == "foo":
        job.payload = NAME.encode() + b" " + job.payload
    else:
        job.payload = b"0"
    results.send(job.SerializeToString())
    done += 1
    print("WORKER DID %d %s" % (done, function), flush=True)
