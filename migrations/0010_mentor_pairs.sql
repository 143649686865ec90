CREATE TYPE "public"."mentor_consent" AS ENUM('shared', 'declined');--> statement-breakpoint
CREATE TYPE "public"."mentor_pair_status" AS ENUM('requested', 'active', 'paused', 'ended');--> statement-breakpoint
CREATE TABLE "mentor_capacities" (
	"community_id" uuid NOT NULL,
	"user_ref" text NOT NULL,
	"capacity" integer NOT NULL,
	"set_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mentor_capacities_community_id_user_ref_pk" PRIMARY KEY("community_id","user_ref"),
	CONSTRAINT "mentor_capacities_range" CHECK ("mentor_capacities"."capacity" between 1 and 20)
);
--> statement-breakpoint
CREATE TABLE "mentor_pairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"community_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"mentee_ref" text NOT NULL,
	"mentor_id" uuid,
	"avoid_mentor_id" uuid,
	"status" "mentor_pair_status" NOT NULL,
	"rhythm_days" integer DEFAULT 7 NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"next_prompt_at" timestamp with time zone,
	"prompts" integer DEFAULT 0 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"paired_at" timestamp with time zone,
	"paused_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"ended_by" text,
	"consent_id" uuid,
	"consent" "mentor_consent",
	"helped" text,
	CONSTRAINT "mentor_pairs_rhythm" CHECK ("mentor_pairs"."rhythm_days" in (7, 14, 28)),
	CONSTRAINT "mentor_pairs_feedback_consented" CHECK ("mentor_pairs"."helped" is null or "mentor_pairs"."consent" = 'shared')
);
--> statement-breakpoint
ALTER TABLE "mentor_capacities" ADD CONSTRAINT "mentor_capacities_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_mentor_id_volunteers_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."volunteers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_avoid_mentor_id_volunteers_id_fk" FOREIGN KEY ("avoid_mentor_id") REFERENCES "public"."volunteers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mentor_pairs_number" ON "mentor_pairs" USING btree ("community_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "mentor_pairs_one_open" ON "mentor_pairs" USING btree ("community_id","mentee_ref") WHERE "mentor_pairs"."status" <> 'ended';--> statement-breakpoint
CREATE INDEX "mentor_pairs_mentor" ON "mentor_pairs" USING btree ("mentor_id") WHERE "mentor_pairs"."status" in ('active', 'paused');