CREATE TABLE "rota_caps" (
	"volunteer_id" uuid PRIMARY KEY NOT NULL,
	"per_week" integer NOT NULL,
	CONSTRAINT "rota_caps_range" CHECK ("rota_caps"."per_week" between 1 and 14)
);
--> statement-breakpoint
CREATE TABLE "rota_feeds" (
	"volunteer_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rota_feeds_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "rota_signups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slot_id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	"occurs_on" date NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"offered_at" timestamp with time zone,
	"duty_since" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rota_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"community_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"weekdays" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"on_date" date,
	"start_minute" integer NOT NULL,
	"duration_minutes" integer NOT NULL,
	"wanted" integer NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "rota_slots_when" CHECK (("rota_slots"."on_date" is null) <> (cardinality("rota_slots"."weekdays") = 0)),
	CONSTRAINT "rota_slots_times" CHECK ("rota_slots"."start_minute" between 0 and 1439 and "rota_slots"."duration_minutes" between 15 and 1440 and "rota_slots"."wanted" between 1 and 50)
);
--> statement-breakpoint
ALTER TABLE "rota_caps" ADD CONSTRAINT "rota_caps_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_feeds" ADD CONSTRAINT "rota_feeds_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_signups" ADD CONSTRAINT "rota_signups_slot_id_rota_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."rota_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_signups" ADD CONSTRAINT "rota_signups_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_signups" ADD CONSTRAINT "rota_signups_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_slots" ADD CONSTRAINT "rota_slots_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "rota_signups_once" ON "rota_signups" USING btree ("slot_id","occurs_on","volunteer_id");--> statement-breakpoint
CREATE INDEX "rota_signups_community_day" ON "rota_signups" USING btree ("community_id","occurs_on");--> statement-breakpoint
CREATE UNIQUE INDEX "rota_slots_number" ON "rota_slots" USING btree ("community_id","number");