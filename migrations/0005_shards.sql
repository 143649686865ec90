CREATE TABLE "discord_shard_replicas" (
	"replica" text PRIMARY KEY NOT NULL,
	"shard_count" integer NOT NULL,
	"seen_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "discord_shards" (
	"shard_count" integer NOT NULL,
	"shard_id" integer NOT NULL,
	"owner" text,
	"lease_until" timestamp with time zone,
	CONSTRAINT "discord_shards_shard_count_shard_id_pk" PRIMARY KEY("shard_count","shard_id")
);
